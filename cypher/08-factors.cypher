// Drivers, entry barriers, trends and challenges of the China audio/video PaaS
// and APaaS markets (name_zh = the factor's subheading), the segment each
// affects, and the technologies the factors name.

// ---- Technologies ----

MERGE (n:Technology {id: 'cloud-computing'})
SET n.name_en = 'Cloud computing', n.name_zh = '雲計算', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Supplies elastic, highly available computing and storage so that massive audio/video content can be stored, processed and transmitted at scale.', n.summary_zh = '提供具彈性及高可用性的運算與存儲資源，使海量音視頻內容得以大規模存儲、處理及傳輸。';

MERGE (n:Technology {id: 'ai'})
SET n.name_en = 'Artificial intelligence (AI)', n.name_zh = 'AI', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Makes audio/video cloud services smarter, from intelligent audio processing and video analysis to recommendation, human-machine interaction and speech recognition.', n.summary_zh = '令音視頻雲服務更智能，涵蓋音頻處理、視頻分析、內容推薦、人機互動及語音識別等方面。';

MERGE (n:Technology {id: 'aigc'})
SET n.name_en = 'AI-generated content (AIGC)', n.name_zh = 'AIGC', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Generative AI used for automated editing, quality enhancement and creating original audio/video content from prompts; being built into audio/video APaaS products, including AI-generated code.', n.summary_zh = '生成式人工智能，可用於自動剪輯、提升畫質音質及按提示生成原創音視頻內容，並正融入音視頻APaaS產品，包括AI生成代碼。';

MERGE (n:Technology {id: '5g'})
SET n.name_en = '5G', n.name_zh = '5G', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Fifth-generation mobile networks that make real-time transmission and cloud processing of audio/video faster and more reliable, enabling HD video and low-latency live streaming.', n.summary_zh = '第五代移動網絡，令音視頻的實時傳輸及雲端處理更快更穩定，促進高清視頻與低延時直播普及。';

MERGE (n:Technology {id: 'vr-ar'})
SET n.name_en = 'Virtual and augmented reality (VR/AR)', n.name_zh = 'VR/AR', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Raises consumption of live streams, video chat and other video on VR and AR devices, and with it the use of audio/video PaaS.', n.summary_zh = '帶動用戶在虛擬實境及增強現實設備上觀看直播、視頻聊天等內容，從而增加音視頻PaaS的使用。';

MERGE (n:Technology {id: 'cloud-rendering'})
SET n.name_en = 'Cloud rendering', n.name_zh = '雲渲染', n.sourceSection = '中國音視頻PaaS市場發展趨勢', n.summary_en = 'Moves rendering into the cloud to meet complex computing and real-time rendering needs, easing a bottleneck of metaverse applications.', n.summary_zh = '把渲染工作轉移到雲端，應付複雜運算及實時渲染需要，紓緩元宇宙應用的瓶頸。';

MERGE (n:Technology {id: 'digital-human'})
SET n.name_en = 'Digital human', n.name_zh = '數字人', n.sourceSection = '中國音視頻PaaS市場發展趨勢', n.summary_en = 'Virtual human figures that combine rendering, speech and animation generation, audio/video composition and interaction.', n.summary_zh = '以虛擬形象呈現的人物，融合渲染、語音及動畫生成、音視頻合成顯示與互動。';

MERGE (n:Technology {id: 'metaverse'})
SET n.name_en = 'Metaverse', n.name_zh = '元宇宙', n.sourceSection = '中國音視頻PaaS市場挑戰', n.summary_en = 'Immersive virtual worlds in which audio/video is a key medium; realising their interaction needs holographic hardware and fast networks.', n.summary_zh = '沉浸式虛擬世界，音視頻是其中的重要媒介；要實現其互動體驗需依賴全息硬件及高速網絡。';

MERGE (n:Technology {id: 'web-3'})
SET n.name_en = 'Web 3.0', n.name_zh = 'Web 3.0', n.sourceSection = '中國音視頻PaaS市場挑戰', n.summary_en = 'The next stage of the web, in which audio/video is an important medium and which will require forward-looking perceptual experiences.', n.summary_zh = '互聯網的下一階段，音視頻是其重要媒介，並將要求具前瞻性的感知體驗。';

// ---- Drivers of the audio/video PaaS market ----

MERGE (n:Factor {id: 'paas-driver-diversifying-scenarios'})
SET n.name_en = 'Increasingly diverse demand from scenarios such as social entertainment and video conferencing', n.name_zh = '對社交娛樂、視頻會議等場景的需求不斷多元化', n.kind = 'driver', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Online entertainment, short video and live streaming, and remote work accelerated by globalisation and COVID-19 all depend on reliable audio/video cloud services, which PaaS supplies through processing, storage and distribution.', n.summary_zh = '網上娛樂、短視頻與直播，以及因全球化和疫情而普及的遙距辦公，都倚賴穩定的音視頻雲服務，而PaaS正提供相關處理、存儲及分發能力。';

MERGE (n:Factor {id: 'paas-driver-flexible-services'})
SET n.name_en = 'Growing customer demand for scalable, customisable, low-cost and efficient audio/video cloud services', n.name_zh = '客戶對可拓展、可定製、低成本及高效率的音視頻雲服務的需求日益增長', n.kind = 'driver', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Rising user expectations push businesses toward flexible, scalable services; open PaaS platforms and APIs let customers build tailored solutions faster and more cheaply.', n.summary_zh = '用戶要求提高，促使企業尋求靈活、可擴展的服務；PaaS的開放平台與API讓客戶以更低成本、更高效率開發定製方案。';

MERGE (n:Factor {id: 'paas-driver-advanced-technologies'})
SET n.name_en = 'Continued development of advanced technologies such as cloud computing, AI and 5G', n.name_zh = '雲計算、AI、5G技術等先進技術的持續發展', n.kind = 'driver', n.sourceSection = '中國音視頻PaaS市場驅動因素', n.summary_en = 'Cloud computing supplies scalable resources, AI and AIGC automate and enrich content, 5G speeds up transmission and VR/AR adds new viewing, together lifting demand for audio/video PaaS.', n.summary_zh = '雲計算提供可擴展資源，AI及AIGC令內容處理自動化並更豐富，5G加快傳輸，VR/AR帶來新觀看方式，合力推高音視頻PaaS需求。';

// ---- Entry barriers of the audio/video PaaS market ----

MERGE (n:Factor {id: 'paas-barrier-technology'})
SET n.name_en = 'Technology barrier', n.name_zh = '技術壁壘', n.kind = 'barrier', n.sourceSection = '中國音視頻PaaS市場進入壁壘', n.summary_en = 'Providers need solid skills spanning multimedia, network communication and cloud computing to deliver reliable, scalable, low-latency, high-definition service.', n.summary_zh = '提供商須具備橫跨多媒體、網絡通訊及雲計算的扎實技術，才能提供高可靠、可擴展、低延時及高清的服務。';

MERGE (n:Factor {id: 'paas-barrier-infrastructure'})
SET n.name_en = 'Infrastructure resource barrier', n.name_zh = '基礎資源壁壘', n.kind = 'barrier', n.sourceSection = '中國音視頻PaaS市場進入壁壘', n.summary_en = 'Large-scale network equipment, servers and bandwidth are needed, and providers must keep them stable and well managed to raise utilisation and cut operating costs.', n.summary_zh = '須擁有大規模網絡設備、服務器及帶寬，並維持資源穩定與妥善管理，以提高使用率及降低營運成本。';

MERGE (n:Factor {id: 'paas-barrier-brand'})
SET n.name_en = 'Brand barrier', n.name_zh = '品牌壁壘', n.kind = 'barrier', n.sourceSection = '中國音視頻PaaS市場進入壁壘', n.summary_en = 'Reputation rests on service quality and customer satisfaction across codecs, transmission, live streaming, on-demand and RTC, so providers with a good name and long track record win customers more easily.', n.summary_zh = '聲譽建基於編解碼、傳輸、直播、點播及RTC等服務的質素與客戶滿意度，口碑良好且往績悠久的提供商較易吸納客戶。';

// ---- Trends of the audio/video PaaS market ----

MERGE (n:Factor {id: 'paas-trend-growth-engine'})
SET n.name_en = 'PaaS is becoming increasingly popular in audio/video cloud services and a new growth engine for cloud service providers', n.name_zh = '音視頻雲服務中PaaS日趨熱門，成為雲服務提供商的新增長動力', n.kind = 'trend', n.sourceSection = '中國音視頻PaaS市場發展趨勢', n.summary_en = 'Customers increasingly want one package covering resources, customisation and availability rather than the IaaS-PaaS-SaaS chain, and PaaS as the middle layer is best placed to provide it.', n.summary_zh = '客戶愈來愈傾向購買同時滿足資源配置、可定製性及可用性的一站式方案，而非沿IaaS、PaaS、SaaS層層採購；身處中間層的PaaS最能兼顧。';

MERGE (n:Factor {id: 'paas-trend-apaas-focus'})
SET n.name_en = 'More audio/video cloud service providers are committing to offering APaaS', n.name_zh = '更多音視頻雲服務提供商致力於提供APaaS', n.kind = 'trend', n.sourceSection = '中國音視頻PaaS市場發展趨勢', n.summary_en = 'Attracted by easy deployment and scalability, providers have been launching low-code APaaS, mostly as SDKs bundling basic UI and functions, which fills the gaps left by demanding MPaaS and rigid SaaS.', n.summary_zh = '看好易部署及可擴展的優勢，提供商陸續推出低代碼APaaS，多以包含基礎介面與功能的SDK形式推出，填補MPaaS門檻高及SaaS定製弱的不足。';

MERGE (n:Factor {id: 'paas-trend-emerging-tech'})
SET n.name_en = 'Innovative combination of cloud technology with AI, AIGC and VR/AR will accelerate the use of PaaS in more scenarios', n.name_zh = '雲技術與AI、AIGC、VR/AR的創新結合將加速PaaS在更多場景中的使用', n.kind = 'trend', n.sourceSection = '中國音視頻PaaS市場發展趨勢', n.summary_en = 'Audio/video will carry emerging technologies such as cloud rendering and digital humans into the cloud, spreading into film, internet media, games, finance, culture and tourism, healthcare and manufacturing.', n.summary_zh = '音視頻將協助雲渲染、數字人等新興技術落地雲端，並滲透至更多行業，例如影視、遊戲、互聯網傳媒、金融、文旅、醫療及製造等。';

// ---- Challenges of the audio/video PaaS market ----

MERGE (n:Factor {id: 'paas-challenge-interactive-revolution'})
SET n.name_en = 'The interactive revolution is constrained by hardware and networks', n.name_zh = '交互式革命受到硬件和網絡限制', n.kind = 'challenge', n.sourceSection = '中國音視頻PaaS市場挑戰', n.summary_en = 'Interaction in the metaverse and Web 3.0 depends on hardware for holographic visuals and on fast, secure networks, so breakthroughs there determine how audio/video cloud can be used.', n.summary_zh = '元宇宙與Web 3.0的互動有賴能呈現全息影像的硬件及高速安全的網絡，相關突破將左右音視頻雲服務的實際應用。';

MERGE (n:Factor {id: 'paas-challenge-competition'})
SET n.name_en = 'Increasingly intense competition in the PaaS market', n.name_zh = 'PaaS市場競爭日趨激烈', n.kind = 'challenge', n.sourceSection = '中國音視頻PaaS市場挑戰', n.summary_en = 'IaaS and SaaS providers are entering PaaS and independent and non-independent providers compete harder; IaaS entrants often lack scenario know-how, and price cuts are not decisive because customers also weigh security, reliability and value-added services.', n.summary_zh = 'IaaS及SaaS提供商相繼進入PaaS市場，獨立與非獨立提供商競爭加劇；IaaS新進者往往欠缺場景知識，而客戶亦重視安全、可靠及增值服務，減價未必奏效。';

// ---- Drivers of the audio/video APaaS market ----

MERGE (n:Factor {id: 'apaas-driver-scenario-penetration'})
SET n.name_en = 'Continuous penetration into scenarios', n.name_zh = '場景的不斷滲透', n.kind = 'driver', n.sourceSection = '中國音視頻APaaS市場驅動因素', n.summary_en = 'Virtual reality in social entertainment and new uses such as live-stream selling, visual perception for autonomous driving and remote maintenance in manufacturing open room for APaaS, which can launch applications quickly.', n.summary_zh = '社交娛樂中的虛擬現實，以及直播帶貨、製造業遙距維護、自動駕駛視覺感知等新應用，為可快速上線應用的APaaS帶來拓展空間。';

MERGE (n:Factor {id: 'apaas-driver-functionality'})
SET n.name_en = 'Improvement of functionality', n.name_zh = '功能的完善', n.kind = 'driver', n.sourceSection = '中國音視頻APaaS市場驅動因素', n.summary_en = 'Scenario-based value-added features, such as traffic management for corporate live streams and AI editing for new media, let APaaS earn premium and more varied revenue, helped further by combining on-demand, live and RTC technology.', n.summary_zh = '企業直播流量管理、新媒體AI剪輯等場景化增值功能，令APaaS可收取較高溢價並拓寬收入來源；結合點播、直播及RTC技術更可提升盈利能力。';

// ---- Entry barriers of the audio/video APaaS market ----

MERGE (n:Factor {id: 'apaas-barrier-technology'})
SET n.name_en = 'Technology barrier', n.name_zh = '技術壁壘', n.kind = 'barrier', n.sourceSection = '中國音視頻APaaS市場的進入壁壘', n.summary_en = 'Building platform-based, scenario-specific, commercial APaaS in-house is harder still than general audio/video R&D; PaaS providers can reuse their capabilities, while IaaS and SaaS providers face a rebuild and a long development cycle.', n.summary_zh = '自行研發平台化、場景化且可商業化的APaaS，難度比一般音視頻研發更高；PaaS提供商可沿用既有能力，IaaS及SaaS提供商則須重建平台並經歷較長開發週期。';

MERGE (n:Factor {id: 'apaas-barrier-scenario-knowledge'})
SET n.name_en = 'Scenario knowledge barrier', n.name_zh = '場景知識壁壘', n.kind = 'barrier', n.sourceSection = '中國音視頻APaaS市場的進入壁壘', n.summary_en = 'APaaS joins functions with scenario-specific knowledge on low-code platforms, which requires deep understanding of customer workflows that newcomers cannot build quickly.', n.summary_zh = 'APaaS在低代碼平台上把功能與特定場景知識結合，須深入了解客戶業務流程，新進者難以在短期內累積。';

MERGE (n:Factor {id: 'apaas-barrier-customer-resources'})
SET n.name_en = 'Customer resource barrier', n.name_zh = '客戶資源壁壘', n.kind = 'barrier', n.sourceSection = '中國音視頻APaaS市場的進入壁壘', n.summary_en = 'Experience serving many customers sharpens technology and service, and customer-proven solutions that can be replicated quickly win orders and loyalty, which newcomers lack.', n.summary_zh = '服務眾多客戶的經驗可提升技術及服務能力，經客戶驗證且可快速複製的方案更易取得訂單與忠誠度，新進者則缺乏這些條件。';

MERGE (n:Factor {id: 'apaas-barrier-product-matrix'})
SET n.name_en = 'Product capability matrix barrier', n.name_zh = '產品能力矩陣壁壘', n.kind = 'barrier', n.sourceSection = '中國音視頻APaaS市場的進入壁壘', n.summary_en = 'APaaS is a bundle of many components, so providers need mature general functions such as on-demand, live and RTC plus many scenario plug-ins such as bullet-comment chat, filters and content moderation.', n.summary_zh = 'APaaS是多元組件的綜合服務包，提供商既要有點播、直播及RTC等成熟通用功能，也須累積彈幕聊天、濾鏡、內容審核等場景插件。';

// ---- Trends of the audio/video APaaS market ----

MERGE (n:Factor {id: 'apaas-trend-scenario-expansion'})
SET n.name_en = 'Integrated APaaS products will expand into more scenarios and add real value to customer businesses', n.name_zh = '融合APaaS產品將擴展至更多場景並為客戶業務增加實際價值', n.kind = 'trend', n.sourceSection = '中國音視頻APaaS市場的發展趨勢', n.summary_en = 'Quickly launched, customisable APaaS will fit deeper into customer operations, for example remote instead of on-site maintenance in manufacturing or insurance claims handled over video in finance.', n.summary_zh = '可快速上線及定製的APaaS將更深入融入客戶業務，例如製造業以遙距維護取代現場維修、金融機構以音視頻處理理賠。';

MERGE (n:Factor {id: 'apaas-trend-hd-low-latency'})
SET n.name_en = 'Technology is moving toward high resolution, low latency, stronger immersion and interactivity', n.name_zh = '技術朝著高分辨率、低延時、較強沉浸感及交互性方向發展', n.kind = 'trend', n.sourceSection = '中國音視頻APaaS市場的發展趨勢', n.summary_en = 'Higher resolution, frame rate and colour gamut bring video closer to reality, lower latency serves uses such as autonomous driving, and the metaverse and Web 3.0 will call for new perceptual experiences.', n.summary_zh = '更高解析度、幀率及色域令畫面更逼真，更低延時可支援自動駕駛等應用，元宇宙及Web 3.0亦將催生新的感知體驗。';

MERGE (n:Factor {id: 'apaas-trend-aigc'})
SET n.name_en = 'AIGC is expected to transform the audio/video APaaS industry', n.name_zh = 'AIGC技術有望推動音視頻APaaS行業變革', n.kind = 'trend', n.sourceSection = '中國音視頻APaaS市場的發展趨勢', n.summary_en = 'AIGC combined with APaaS could let users generate content and assemble a complete audio/video application from simple inputs, more efficiently and easily than today, with AI-generated code improving efficiency and code quality.', n.summary_zh = 'AIGC與APaaS結合，或可讓用戶以簡單輸入自動生成內容並組裝完整音視頻應用，比現有產品更高效易用，AI生成代碼亦可提升效率與代碼質素。';

MERGE (n:Factor {id: 'apaas-trend-cooperation'})
SET n.name_en = 'Deepening cooperation among audio/video APaaS providers', n.name_zh = '音視頻APaaS提供商之間的合作加深', n.kind = 'trend', n.sourceSection = '中國音視頻APaaS市場的發展趨勢', n.summary_en = 'As scenarios multiply no single provider can cover them all, so providers will pool infrastructure, technology and industry know-how and draw in third-party developers, with leaders benefiting from open platforms of broad scenario coverage.', n.summary_zh = '場景日增，單一提供商難以全面覆蓋，業者將互相合作，共享基礎資源、技術及行業知識，並引入第三方開發者；擁有廣泛場景開放平台的領先者將因而受惠。';

// ---- Segments affected ----

MATCH (a:Factor {id: 'paas-driver-diversifying-scenarios'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-driver-flexible-services'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-driver-advanced-technologies'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-barrier-technology'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場進入壁壘';

MATCH (a:Factor {id: 'paas-barrier-infrastructure'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場進入壁壘';

MATCH (a:Factor {id: 'paas-barrier-brand'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場進入壁壘';

MATCH (a:Factor {id: 'paas-trend-growth-engine'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-apaas-focus'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-apaas-focus'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-challenge-interactive-revolution'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場挑戰';

MATCH (a:Factor {id: 'paas-challenge-competition'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻PaaS市場挑戰';

MATCH (a:Factor {id: 'apaas-driver-scenario-penetration'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場驅動因素';

MATCH (a:Factor {id: 'apaas-driver-functionality'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場驅動因素';

MATCH (a:Factor {id: 'apaas-barrier-technology'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的進入壁壘';

MATCH (a:Factor {id: 'apaas-barrier-scenario-knowledge'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的進入壁壘';

MATCH (a:Factor {id: 'apaas-barrier-customer-resources'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的進入壁壘';

MATCH (a:Factor {id: 'apaas-barrier-product-matrix'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的進入壁壘';

MATCH (a:Factor {id: 'apaas-trend-scenario-expansion'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';

MATCH (a:Factor {id: 'apaas-trend-hd-low-latency'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';

MATCH (a:Factor {id: 'apaas-trend-aigc'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';

MATCH (a:Factor {id: 'apaas-trend-cooperation'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:AFFECTS]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';

// ---- Technologies named by the factors ----

MATCH (a:Factor {id: 'paas-driver-advanced-technologies'})
MATCH (b:Technology {id: 'cloud-computing'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-driver-advanced-technologies'})
MATCH (b:Technology {id: 'ai'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-driver-advanced-technologies'})
MATCH (b:Technology {id: 'aigc'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-driver-advanced-technologies'})
MATCH (b:Technology {id: '5g'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-driver-advanced-technologies'})
MATCH (b:Technology {id: 'vr-ar'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場驅動因素';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Technology {id: 'cloud-computing'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Technology {id: 'ai'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Technology {id: 'aigc'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Technology {id: 'vr-ar'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Technology {id: 'cloud-rendering'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Technology {id: 'digital-human'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-trend-emerging-tech'})
MATCH (b:Technology {id: 'metaverse'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場發展趨勢';

MATCH (a:Factor {id: 'paas-challenge-interactive-revolution'})
MATCH (b:Technology {id: 'metaverse'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場挑戰';

MATCH (a:Factor {id: 'paas-challenge-interactive-revolution'})
MATCH (b:Technology {id: 'web-3'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻PaaS市場挑戰';

MATCH (a:Factor {id: 'apaas-driver-scenario-penetration'})
MATCH (b:Technology {id: 'vr-ar'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻APaaS市場驅動因素';

MATCH (a:Factor {id: 'apaas-driver-functionality'})
MATCH (b:Technology {id: 'ai'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻APaaS市場驅動因素';

MATCH (a:Factor {id: 'apaas-trend-hd-low-latency'})
MATCH (b:Technology {id: 'metaverse'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';

MATCH (a:Factor {id: 'apaas-trend-hd-low-latency'})
MATCH (b:Technology {id: 'web-3'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';

MATCH (a:Factor {id: 'apaas-trend-aigc'})
MATCH (b:Technology {id: 'aigc'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';

MATCH (a:Factor {id: 'apaas-trend-aigc'})
MATCH (b:Technology {id: 'ai'})
MERGE (a)-[r:INVOLVES]->(b)
SET r.sourceSection = '中國音視頻APaaS市場的發展趨勢';
