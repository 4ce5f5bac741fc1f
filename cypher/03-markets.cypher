// Market segments: the China audio/video market and its sub-markets, the China
// cloud services market and its categories, the audio/video cloud services
// market with its SaaS/PaaS/IaaS split, the PaaS sub-markets (MPaaS, APaaS,
// public/private PaaS, CDN, object storage, server hardware); how they nest
// (PART_OF, with shares of the parent), their layers and their sources.

// ---- China audio/video market ----

MERGE (n:Segment {id: 'av-market'})
SET n.name_en = 'China audio/video market', n.name_zh = '中國音視頻市場', n.level = 'market', n.size_unit = 'RMB bn', n.size_2023 = 1400.0, n.cagr_2023_2028e = 21.8, n.sourceSection = '中國音視頻市場', n.summary_en = 'The overall audio/video market in China, which keeps expanding with network technology and spawns many sub-markets; its size counts revenue from online video advertising and payments, short video and live streaming, online audio, smart voice, virtual reality and cloud services.', n.summary_zh = '隨網絡技術進步而持續擴大、並衍生多個細分領域的中國音視頻整體市場；其規模計入線上視頻廣告及付費、短視頻與直播、線上音頻、虛擬現實、智能語音以及雲服務等領域的收入。';

MERGE (n:Segment {id: 'av-long-video'})
SET n.name_en = 'Long video', n.name_zh = '長視頻', n.level = 'sub-market', n.sourceSection = '中國音視頻市場', n.summary_en = 'Long-form video, one of the sub-markets that emerged within the China audio/video market.', n.summary_zh = '長篇視頻內容，是中國音視頻市場中衍生的細分市場之一。';

MERGE (n:Segment {id: 'av-short-video'})
SET n.name_en = 'Short video', n.name_zh = '短視頻', n.level = 'sub-market', n.sourceSection = '中國音視頻市場', n.summary_en = 'Short-form video, a sub-market of the China audio/video market and a fixture of daily entertainment.', n.summary_zh = '短篇視頻內容，屬中國音視頻市場的細分市場，已成為日常娛樂的重要部分。';

MERGE (n:Segment {id: 'av-live-streaming'})
SET n.name_en = 'Live streaming', n.name_zh = '直播', n.level = 'sub-market', n.sourceSection = '中國音視頻市場', n.summary_en = 'Live video streaming, a sub-market of the China audio/video market.', n.summary_zh = '視頻直播，屬中國音視頻市場的細分市場。';

MERGE (n:Segment {id: 'av-rtc'})
SET n.name_en = 'Real-time communication (RTC)', n.name_zh = 'RTC', n.level = 'sub-market', n.sourceSection = '中國音視頻市場', n.summary_en = 'Real-time audio/video communication, a sub-market of the China audio/video market.', n.summary_zh = '實時音視頻互動通訊，屬中國音視頻市場的細分市場。';

MERGE (n:Segment {id: 'av-content-production'})
SET n.name_en = 'Content production', n.name_zh = '內容製作', n.level = 'sub-market', n.sourceSection = '中國音視頻市場', n.summary_en = 'Production of audio/video content, a related service sub-market of the China audio/video market.', n.summary_zh = '音視頻內容的製作服務，為中國音視頻市場的相關服務細分市場。';

// ---- China cloud services market and its categories ----

MERGE (n:Segment {id: 'cloud-market'})
SET n.name_en = 'China cloud services market', n.name_zh = '中國雲服務市場', n.level = 'market', n.size_unit = 'RMB bn', n.size_2023 = 513.7, n.size_2028e = 1268.8, n.sourceSection = '中國雲服務市場', n.summary_en = 'All cloud services in China, from audio/video and AI cloud to government, retail and catering, industrial, office automation and big data; rising demand for computing power and the rise of AIGC are expected to keep it growing.', n.summary_zh = '中國全部雲服務，除音視頻雲外，亦包括AI雲、政務雲、工業雲、零售及餐飲雲，以及辦公自動化、大數據等類別；算力需求上升及AIGC興起料將推動其持續增長。';

MERGE (n:Segment {id: 'ai-cloud'})
SET n.name_en = 'AI cloud', n.name_zh = 'AI雲', n.level = 'sub-market', n.sourceSection = '中國雲服務市場', n.summary_en = 'Cloud services related to artificial intelligence, a category of the China cloud services market.', n.summary_zh = '與人工智能相關的雲服務，屬中國雲服務市場的類別之一。';

MERGE (n:Segment {id: 'government-cloud'})
SET n.name_en = 'Government cloud', n.name_zh = '政務雲', n.level = 'sub-market', n.sourceSection = '中國雲服務市場', n.summary_en = 'Cloud services for government affairs, a category of the China cloud services market.', n.summary_zh = '服務政府事務的雲服務，屬中國雲服務市場的類別之一。';

MERGE (n:Segment {id: 'retail-catering-cloud'})
SET n.name_en = 'Retail and catering cloud', n.name_zh = '零售及餐飲雲', n.level = 'sub-market', n.sourceSection = '中國雲服務市場', n.summary_en = 'Cloud services for retail and food service businesses, a category of the China cloud services market.', n.summary_zh = '面向零售及餐飲業的雲服務，屬中國雲服務市場的類別之一。';

MERGE (n:Segment {id: 'industrial-cloud'})
SET n.name_en = 'Industrial cloud', n.name_zh = '工業雲', n.level = 'sub-market', n.sourceSection = '中國雲服務市場', n.summary_en = 'Cloud services for industry and manufacturing, a category of the China cloud services market.', n.summary_zh = '面向工業製造的雲服務，屬中國雲服務市場的類別之一。';

MERGE (n:Segment {id: 'office-automation-cloud'})
SET n.name_en = 'Office automation cloud', n.name_zh = '辦公自動化', n.level = 'sub-market', n.sourceSection = '中國雲服務市場', n.summary_en = 'Cloud services related to office automation, a category of the China cloud services market.', n.summary_zh = '與辦公自動化相關的雲服務，屬中國雲服務市場的類別之一。';

MERGE (n:Segment {id: 'big-data-cloud'})
SET n.name_en = 'Big data cloud', n.name_zh = '大數據', n.level = 'sub-market', n.sourceSection = '中國雲服務市場', n.summary_en = 'Cloud services related to big data, a category of the China cloud services market.', n.summary_zh = '與大數據相關的雲服務，屬中國雲服務市場的類別之一。';

MERGE (n:Segment {id: 'non-av-cloud'})
SET n.name_en = 'Non-audio/video cloud services', n.name_zh = '非音視頻雲服務', n.level = 'sub-market', n.sourceSection = '中國雲服務市場', n.summary_en = 'Cloud services for content other than audio/video: structured data such as financial records and customer lists reached through ERP, CRM and similar databases, plus unstructured non-media data such as text, e-mail, documents and program code.', n.summary_zh = '處理音視頻以外內容的雲服務，包括經ERP、CRM等數據庫存取的財務數據、客戶名單等結構化數據，以及文字、電郵、文件與程式等非媒體的非結構化數據。';

// ---- China audio/video cloud services market ----

MERGE (n:Segment {id: 'av-cloud'})
SET n.name_en = 'China audio/video cloud services market', n.name_zh = '中國音視頻雲服務市場', n.level = 'market', n.size_unit = 'RMB bn', n.size_2023 = 91.5, n.size_2028e = 240.5, n.cagr_2023_2028e = 21.3, n.sourceSection = '中國音視頻雲服務市場規模', n.summary_en = 'Cloud-computing-based services tailored to producing, storing, processing, distributing, analysing, moderating, retrieving and recommending unstructured audio/video content; growth is driven by upgraded network infrastructure, better transmission technology and lower latency, and size is measured by the total revenue of audio/video cloud providers. Players divide into independent providers focused on audio/video cloud and non-independent ones that benefit from affiliates in other audio/video businesses.', n.summary_zh = '以雲計算為基礎、處理非結構化音視頻內容的服務，覆蓋由製作、存儲、處理到分發，以至分析、審核、檢索及推薦的全流程；網絡基建升級、傳輸技術迭代及時延降低推動增長，規模按音視頻雲服務商總收入計算。參與者分為以音視頻雲為主業的獨立提供商，以及可借助聯屬公司生態的非獨立提供商。';

MERGE (n:Segment {id: 'av-saas'})
SET n.name_en = 'China audio/video SaaS market', n.name_zh = '音視頻SaaS市場', n.level = 'sub-market', n.sourceSection = '中國音視頻雲服務市場規模', n.summary_en = 'Standardised audio/video applications delivered as SaaS; highly differentiated customer needs in China create a bottleneck for its growth.', n.summary_zh = '以SaaS形式提供的標準化音視頻應用；由於中國客戶需求差異大，其發展遇到瓶頸。';

MERGE (n:Segment {id: 'av-paas'})
SET n.name_en = 'China audio/video PaaS market', n.name_zh = '中國音視頻PaaS市場', n.level = 'sub-market', n.size_unit = 'RMB bn', n.size_2023 = 22.9, n.sourceSection = '競爭格局', n.summary_en = 'Audio/video platform services, split into MPaaS and APaaS and delivered on public or private clouds; with growth potential as audio/video spreads across industries, its share of audio/video cloud is expected to rise quickly. Size is measured by the total revenue of audio/video PaaS providers.', n.summary_zh = '音視頻平台服務，分為MPaaS及APaaS，並可經公有雲或私有雲交付；隨音視頻應用擴展至各行業，其在音視頻雲服務中的份額料將快速上升。規模按PaaS提供商的總收入口徑衡量。';

MERGE (n:Segment {id: 'av-iaas'})
SET n.name_en = 'China audio/video IaaS market', n.name_zh = '音視頻IaaS市場', n.level = 'sub-market', n.sourceSection = '中國音視頻雲服務市場規模', n.summary_en = 'The infrastructure layer of audio/video cloud, its underlying architecture and a key component.', n.summary_zh = '音視頻雲的基礎設施層，是其底層架構及重要組成部分。';

MERGE (n:Segment {id: 'av-mpaas'})
SET n.name_en = 'China audio/video MPaaS market', n.name_zh = '音視頻MPaaS市場', n.level = 'sub-market', n.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率', n.summary_en = 'The pro-code part of the audio/video PaaS market, which demands strong development skills from customers and is expected to cede some share to APaaS.', n.summary_zh = '音視頻PaaS市場中以專業代碼開發為主的部分，對客戶開發能力要求高，預計部分份額將被APaaS取代。';

MERGE (n:Segment {id: 'av-apaas'})
SET n.name_en = 'China audio/video APaaS market', n.name_zh = '中國音視頻APaaS市場', n.level = 'sub-market', n.size_unit = 'RMB bn', n.size_2023 = 2.0, n.size_2028e = 14.4, n.cagr_2023_2028e = 48.6, n.penetration_2023 = 5.2, n.penetration_2028e = 12.1, n.penetration_base_en = 'the China audio/video cloud PaaS and SaaS market', n.penetration_base_zh = '音視頻雲服務PaaS及SaaS市場', n.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率', n.summary_en = 'The low-code application-platform part of audio/video PaaS; since APaaS can substitute for SaaS and overlaps with PaaS, it is expected to take share from MPaaS and SaaS. Size is measured by the total revenue of audio/video APaaS providers.', n.summary_zh = '音視頻PaaS中以低代碼應用平台為主的細分市場；由於APaaS可替代SaaS且與PaaS有交集，預計將蠶食MPaaS及SaaS的部分份額。規模按APaaS提供商的總收入口徑衡量。';

MERGE (n:Segment {id: 'av-public-paas'})
SET n.name_en = 'China public audio/video PaaS market', n.name_zh = '公有音視頻PaaS', n.level = 'sub-market', n.size_unit = 'RMB bn', n.size_2023 = 16.4, n.sourceSection = '中國音視頻雲服務市場規模', n.summary_en = 'Audio/video PaaS on public clouds: customers share databases, servers and storage run by the provider over the internet and pay by usage and duration, which keeps costs and maintenance low and scaling easy.', n.summary_zh = '在公有雲上提供的音視頻PaaS：客戶經互聯網共用提供商管理的數據庫、服務器及存儲，按用量及時長付費，成本與維護負擔較低且易於擴展。';

MERGE (n:Segment {id: 'av-private-paas'})
SET n.name_en = 'China private audio/video PaaS market', n.name_zh = '私有音視頻PaaS', n.level = 'sub-market', n.size_unit = 'RMB bn', n.size_2023 = 6.5, n.sourceSection = '中國音視頻雲服務市場規模', n.summary_en = 'Audio/video PaaS running in a private cloud of the customer, set up by the provider on the customer infrastructure and charged per project; it suits customers with strict security and compliance needs, such as keeping data on local servers behind a firewall.', n.summary_zh = '在客戶自有私有雲中運行的音視頻PaaS，由提供商在客戶基礎設施上搭建並按項目收費；適合重視安全合規、例如須把數據留在防火牆內本地服務器的客戶。';

MERGE (n:Segment {id: 'av-cdn'})
SET n.name_en = 'CDN services in the China audio/video PaaS market', n.name_zh = 'CDN服務', n.level = 'sub-market', n.size_unit = 'RMB bn', n.size_2023 = 9.7, n.size_2028e = 23.8, n.cagr_2023_2028e = 19.8, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Content delivery network services, a main segment of the audio/video PaaS market; billed by usage with tiered charges and falling in price as costs decline.', n.summary_zh = '內容分發網絡服務，是音視頻PaaS市場的重要組成部分；按用量分階段計費，價格隨成本下降而下調。';

MERGE (n:Segment {id: 'av-object-storage'})
SET n.name_en = 'Object storage services in the China audio/video PaaS market', n.name_zh = '對象存儲服務', n.level = 'sub-market', n.size_unit = 'RMB bn', n.size_2023 = 5.8, n.size_2028e = 20.0, n.cagr_2023_2028e = 28.2, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Storage services for unstructured data such as images, audio and video, a main segment of the audio/video PaaS market; billed by usage, with slightly rising fees.', n.summary_zh = '用於存放圖像、音頻及視頻等非結構化數據的存儲服務，是音視頻PaaS市場的重要組成部分；按用量收費，收費略有上升。';

MERGE (n:Segment {id: 'av-server-hardware'})
SET n.name_en = 'Server hardware in the China audio/video PaaS market', n.name_zh = '服務器硬件', n.level = 'sub-market', n.size_unit = 'RMB bn', n.size_2023 = 3.2, n.size_2028e = 9.3, n.cagr_2023_2028e = 24.0, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Server hardware used for audio/video PaaS, a main segment of that market; server prices vary widely with configuration and have fluctuated with supply and demand.', n.summary_zh = '音視頻PaaS所用的服務器硬件，屬該市場的主要細分領域；價格因配置差異甚大，並隨供求而波動。';

// ---- Nesting of segments (shares of the parent where the document states them) ----

MATCH (a:Segment {id: 'av-long-video'})
MATCH (b:Segment {id: 'av-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-short-video'})
MATCH (b:Segment {id: 'av-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-live-streaming'})
MATCH (b:Segment {id: 'av-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-rtc'})
MATCH (b:Segment {id: 'av-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-content-production'})
MATCH (b:Segment {id: 'av-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-cloud'})
MATCH (b:Segment {id: 'av-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.share_2023 = 17.8, r.share_2028e = 19.0, r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'ai-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'government-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'retail-catering-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'industrial-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'office-automation-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'big-data-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'non-av-cloud'})
MATCH (b:Segment {id: 'cloud-market'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'av-saas'})
MATCH (b:Segment {id: 'av-cloud'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-paas'})
MATCH (b:Segment {id: 'av-cloud'})
MERGE (a)-[r:PART_OF]->(b)
SET r.share_2023 = 24.9, r.share_2028e = 32.3, r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-iaas'})
MATCH (b:Segment {id: 'av-cloud'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-mpaas'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Segment {id: 'av-apaas'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Segment {id: 'av-public-paas'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.share_2023 = 71.6, r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-private-paas'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.share_2023 = 28.4, r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-cdn'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:Segment {id: 'av-object-storage'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:Segment {id: 'av-server-hardware'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

// ---- Segments at their cloud layer ----

MATCH (a:Segment {id: 'av-saas'})
MATCH (b:Layer {id: 'saas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '音視頻雲服務類型';

MATCH (a:Segment {id: 'av-paas'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '音視頻雲服務類型';

MATCH (a:Segment {id: 'av-iaas'})
MATCH (b:Layer {id: 'iaas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '音視頻雲服務類型';

MATCH (a:Segment {id: 'av-mpaas'})
MATCH (b:Layer {id: 'mpaas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Segment {id: 'av-apaas'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

// ---- Sources of the segments (named under their charts or in their text) ----

MATCH (a:Segment {id: 'av-market'})
MATCH (b:Source {id: 'cadpa-game-committee'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-market'})
MATCH (b:Source {id: 'china-game-industry-research-institute'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'av-market'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻市場';

MATCH (a:Segment {id: 'cloud-market'})
MATCH (b:Source {id: 'caict'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'cloud-market'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國雲服務市場';

MATCH (a:Segment {id: 'av-cloud'})
MATCH (b:Source {id: 'expert-interviews'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-cloud'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-saas'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '音視頻雲服務類型';

MATCH (a:Segment {id: 'av-iaas'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '音視頻雲服務類型';

MATCH (a:Segment {id: 'av-paas'})
MATCH (b:Source {id: 'expert-interviews'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-paas'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Segment {id: 'av-public-paas'})
MATCH (b:Source {id: 'expert-interviews'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-public-paas'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-private-paas'})
MATCH (b:Source {id: 'expert-interviews'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-private-paas'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻雲服務市場規模';

MATCH (a:Segment {id: 'av-mpaas'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Segment {id: 'av-apaas'})
MATCH (b:Source {id: 'expert-interviews'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Segment {id: 'av-apaas'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Segment {id: 'av-cdn'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:Segment {id: 'av-object-storage'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:Segment {id: 'av-server-hardware'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';
