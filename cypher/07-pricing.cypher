// Price and cost facts from the sections 中國音視頻PaaS市場的服務費及成本分析
// and 中國的CDN、對象存儲服務及硬件市場 (one fact per node), the segments they
// apply to and their sources.

// ---- Service fees and costs of audio/video PaaS ----

MERGE (n:PriceFact {id: 'cdn-traffic-list-price'})
SET n.name_en = 'CDN published price by traffic', n.name_zh = 'CDN服務流量公佈價格', n.kind = 'price', n.scope = 'China', n.trend = 'down', n.billing_en = 'Usage-based, usually with tiered cumulative charges', n.billing_zh = '按使用量計費，通常分階段累計收費', n.unit = 'RMB/GB', n.low = 0.1, n.high = 0.25, n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'Published industry price range for CDN traffic on public clouds; actual charges differ widely because of billing methods and discounts, and CDN vendors kept cutting prices during the track record period to win share.', n.summary_zh = '公有雲上CDN流量的業界公佈價格區間；實際收費因計費方式及折扣不同而差異甚大，往績記錄期間CDN服務商持續降價以爭取市場份額。';

MERGE (n:PriceFact {id: 'object-storage-price-2023'})
SET n.name_en = 'Object storage service price, 2023', n.name_zh = '對象存儲服務價格', n.kind = 'price', n.scope = 'China', n.trend = 'up', n.billing_en = 'Usage-based, depending on the charge item', n.billing_zh = '按使用量收費，視乎收費項目', n.unit = 'RMB/GB/month', n.year = 2023, n.low = 0.02, n.high = 0.15, n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'Price range of object storage services on public clouds; fees edged up during the track record period because object storage suits unstructured data such as images, audio and video.', n.summary_zh = '公有雲對象存儲服務的價格區間；由於對象存儲較適合圖像、音頻及視頻等非結構化數據，往績記錄期間收費略為上升。';

MERGE (n:PriceFact {id: 'interactive-live-streaming-billing'})
SET n.name_en = 'Interactive live streaming service fees', n.name_zh = '互動直播服務收費', n.kind = 'price', n.scope = 'China', n.trend = 'varies', n.billing_en = 'Usage-based', n.billing_zh = '按使用量收費', n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'Interactive live streaming on public clouds is charged by usage, and prices differ greatly with resolution, latency and minutes used.', n.summary_zh = '公有雲互動直播服務按用量收費，價格隨解析度、延遲及使用分鐘數等而大幅不同。';

MERGE (n:PriceFact {id: 'media-analysis-billing'})
SET n.name_en = 'Media analysis service fees', n.name_zh = '媒體分析服務收費', n.kind = 'price', n.scope = 'China', n.trend = 'varies', n.billing_en = 'By usage or number of API calls', n.billing_zh = '根據使用情況或API調用次數收費', n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'Media analysis on public clouds is charged by usage or API calls, and prices vary widely with the analysis functions chosen.', n.summary_zh = '公有雲媒體分析服務按用量或API調用次數收費，價格視乎所選分析功能而差異甚大。';

MERGE (n:PriceFact {id: 'apaas-public-cloud-billing'})
SET n.name_en = 'APaaS service fees on public clouds', n.name_zh = '公有雲APaaS服務費', n.kind = 'price', n.scope = 'China', n.trend = 'varies', n.billing_en = 'By usage or API calls', n.billing_zh = '按使用情況或API調用情況收費', n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'APaaS on public clouds is charged by usage or API calls, with prices varying greatly by application scenario, chosen function modules and other factors.', n.summary_zh = '公有雲APaaS按用量或API調用收費，價格因應用場景、所選功能模組等因素而有很大差別。';

MERGE (n:PriceFact {id: 'private-cloud-mpaas-apaas-billing'})
SET n.name_en = 'MPaaS and APaaS service fees on private clouds', n.name_zh = '私有雲MPaaS及APaaS服務費', n.kind = 'price', n.scope = 'China', n.trend = 'varies', n.billing_en = 'Per project', n.billing_zh = '按項目收費', n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'MPaaS and APaaS on private clouds are charged per project, with fees depending heavily on customer size, service scope and customisation needs.', n.summary_zh = '私有雲上的MPaaS及APaaS按項目收費，金額很大程度取決於客戶規模、服務範圍及定製需求。';

MERGE (n:PriceFact {id: 'paas-network-bandwidth-cost'})
SET n.name_en = 'Network and bandwidth cost of MPaaS and APaaS', n.name_zh = '網絡及帶寬成本', n.kind = 'cost', n.scope = 'China', n.trend = 'down', n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'Network and bandwidth bought from network operators and cloud providers is a main cost of MPaaS and APaaS; it fell steadily during the track record period as China lowered average rates for enterprise broadband and leased lines.', n.summary_zh = '向網絡運營商及雲提供商購買的網絡及帶寬是MPaaS與APaaS的主要成本；由於中國推動調低企業寬帶及專線平均費率，該成本於往績記錄期間穩步下降。';

MERGE (n:PriceFact {id: 'paas-server-storage-cost'})
SET n.name_en = 'Server and storage cost of MPaaS and APaaS', n.name_zh = '服務器及存儲成本', n.kind = 'cost', n.scope = 'China', n.trend = 'up-then-down', n.sourceSection = '中國音視頻PaaS市場的服務費及成本分析', n.summary_en = 'Server and storage is the other main cost of MPaaS and APaaS: server prices rose early in the pandemic amid chip shortages, COVID-19 supply disruptions and higher online demand, then eased back to a fairly stable level as supply chains recovered.', n.summary_zh = '服務器及存儲是MPaaS與APaaS的另一主要成本：疫情初期因晶片短缺、防疫限制打亂供應鏈及線上需求上升而漲價，其後供應鏈恢復，平均價格回落並趨於穩定。';

// ---- Market prices and costs of CDN, object storage and server hardware ----

MERGE (n:PriceFact {id: 'cdn-bandwidth-average-price'})
SET n.name_en = 'CDN average price by monthly peak bandwidth', n.name_zh = 'CDN服務按每月峰值帶寬計的行業平均價格', n.kind = 'price', n.scope = 'China', n.billing_en = 'By monthly peak bandwidth', n.billing_zh = '按每月峰值帶寬計', n.unit = 'RMB/Mbps/month', n.low = 7.0, n.high = 8.0, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Industry average CDN price when billed on monthly peak bandwidth, listed as a reference because actual charges vary with billing methods and discounts.', n.summary_zh = '以每月峰值帶寬計費時的CDN業界平均價格；由於實際收費因計費方式及折扣而異，僅列作參考。';

MERGE (n:PriceFact {id: 'cdn-price-cuts-2014-2021'})
SET n.name_en = 'CDN price cuts, 2014 to 2021', n.name_zh = 'CDN服務商降低價格', n.kind = 'price', n.scope = 'China', n.trend = 'down', n.year_from = 2014, n.year_to = 2021, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'CDN vendors steadily lowered prices over these years to gain market share, and prices are expected to keep falling as costs decline.', n.summary_zh = 'CDN服務商在此期間持續降價以搶佔市場份額，預計價格會隨成本下降而繼續穩步下調。';

MERGE (n:PriceFact {id: 'cdn-price-change-2021-2022'})
SET n.name_en = 'CDN price change, 2021 to 2022', n.name_zh = 'CDN價格變動（2021年至2022年）', n.kind = 'price', n.scope = 'China', n.trend = 'down', n.year_from = 2021, n.year_to = 2022, n.change_pct = -16.0, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'CDN prices dropped markedly from 2021 to 2022.', n.summary_zh = 'CDN價格於2021年至2022年間明顯下跌。';

MERGE (n:PriceFact {id: 'cdn-price-change-2022-2023'})
SET n.name_en = 'CDN price change, 2022 to 2023', n.name_zh = 'CDN價格變動（2022年至2023年）', n.kind = 'price', n.scope = 'China', n.trend = 'down', n.year_from = 2022, n.year_to = 2023, n.change_pct = -5.0, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'The fall in CDN prices slowed from 2022 to 2023, to a decline of about five percent.', n.summary_zh = '2022年至2023年CDN價格跌幅收窄，降幅約為百分之五。';

MERGE (n:PriceFact {id: 'cdn-network-bandwidth-cost'})
SET n.name_en = 'Network and bandwidth cost of CDN', n.name_zh = 'CDN涉及的網絡及帶寬成本', n.kind = 'cost', n.scope = 'China', n.trend = 'down', n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Network and bandwidth is the main cost of CDN; operator prices are hard to track because discounts vary, but expert interviews point to a single-digit decline during the track record period, and further falls are expected from operator competition and government moves to cut enterprise broadband and leased-line rates.', n.summary_zh = '網絡及帶寬是CDN的主要成本；各運營商折扣不一、價格難以追蹤，但專家訪談顯示往績記錄期間跌幅為個位數，並預計電信運營商競爭及政府調低企業寬帶與專線資費將令價格續跌。';

MERGE (n:PriceFact {id: 'global-server-average-price'})
SET n.name_en = 'Global average server price', n.name_zh = '全球服務器平均價格', n.kind = 'cost', n.scope = 'global', n.trend = 'up', n.unit = 'USD/unit', n.year_from = 2021, n.year_to = 2023, n.start_value = 8048.7, n.end_value = 10427.1, n.cagr = 13.8, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Average price per server worldwide, which rose over the period; servers are a main cost of object storage and server hardware.', n.summary_zh = '全球每台服務器的平均價格，在此期間上升；服務器是對象存儲及服務器硬件的主要成本。';

MERGE (n:PriceFact {id: 'global-server-price-cycle'})
SET n.name_en = 'Fluctuation of global server prices', n.name_zh = '服務器價格波動趨勢', n.kind = 'cost', n.scope = 'global', n.trend = 'fluctuating', n.year = 2023, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Server prices climbed early in the pandemic, drifted down, then rose again in 2023 as suppliers cut output and consumer demand recovered; supply, demand and technology are expected to keep them fluctuating.', n.summary_zh = '服務器價格於疫情初期上升，其後逐步回落，至2023年因供應商減產及消費需求復蘇再度上漲；預計供求與技術變化會令價格持續波動。';

MERGE (n:PriceFact {id: 'global-storage-device-price'})
SET n.name_en = 'Global storage device price', n.name_zh = '全球存儲裝置價格', n.kind = 'cost', n.scope = 'global', n.trend = 'stable', n.unit = 'USD/unit', n.year_from = 2021, n.year_to = 2023, n.start_value = 13.5, n.end_value = 14.1, n.cagr = 2.2, n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Worldwide price per storage device, broadly stable with a slight rise during the track record period and expected to stay stable.', n.summary_zh = '全球每件存儲裝置的價格，往績記錄期間大致平穩並輕微上升，預計將維持穩定。';

MERGE (n:PriceFact {id: 'server-hardware-price-variability'})
SET n.name_en = 'Server hardware market price', n.name_zh = '服務器價格', n.kind = 'price', n.scope = 'China', n.trend = 'varies', n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Server prices differ widely depending on processor speed, memory, storage size and bundled software features.', n.summary_zh = '服務器價格視乎處理器速度、記憶體、存儲容量及附帶軟件功能而有很大差別。';

MERGE (n:PriceFact {id: 'storage-hardware-component-cost'})
SET n.name_en = 'Cost of main storage hardware components', n.name_zh = '主要存儲硬件零部件價格', n.kind = 'cost', n.scope = 'China', n.trend = 'up-then-down', n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Server costs mainly consist of parts such as hard disks, whose prices first rose on early-pandemic supply shortages and then fell as consumer demand slowed; they have recently risen again on supplier output cuts and recovering demand, and are expected to keep fluctuating.', n.summary_zh = '服務器成本主要來自硬盤等部件，其價格先因疫情初期供應短缺而上升，後因消費需求放緩而下跌；近期受供應商減產及需求回暖影響再度上漲，預計仍會波動。';

// ---- What the facts apply to ----

MATCH (a:PriceFact {id: 'cdn-traffic-list-price'})
MATCH (b:Segment {id: 'av-cdn'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'object-storage-price-2023'})
MATCH (b:Segment {id: 'av-object-storage'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'interactive-live-streaming-billing'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'media-analysis-billing'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'apaas-public-cloud-billing'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'apaas-public-cloud-billing'})
MATCH (b:Segment {id: 'av-public-paas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'private-cloud-mpaas-apaas-billing'})
MATCH (b:Segment {id: 'av-mpaas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'private-cloud-mpaas-apaas-billing'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'private-cloud-mpaas-apaas-billing'})
MATCH (b:Segment {id: 'av-private-paas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'paas-network-bandwidth-cost'})
MATCH (b:Segment {id: 'av-mpaas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'paas-network-bandwidth-cost'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'paas-server-storage-cost'})
MATCH (b:Segment {id: 'av-mpaas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'paas-server-storage-cost'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'cdn-bandwidth-average-price'})
MATCH (b:Segment {id: 'av-cdn'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-price-cuts-2014-2021'})
MATCH (b:Segment {id: 'av-cdn'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-price-change-2021-2022'})
MATCH (b:Segment {id: 'av-cdn'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-price-change-2022-2023'})
MATCH (b:Segment {id: 'av-cdn'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-network-bandwidth-cost'})
MATCH (b:Segment {id: 'av-cdn'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-server-average-price'})
MATCH (b:Segment {id: 'av-object-storage'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-server-average-price'})
MATCH (b:Segment {id: 'av-server-hardware'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-server-price-cycle'})
MATCH (b:Segment {id: 'av-object-storage'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-storage-device-price'})
MATCH (b:Segment {id: 'av-object-storage'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'server-hardware-price-variability'})
MATCH (b:Segment {id: 'av-server-hardware'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'storage-hardware-component-cost'})
MATCH (b:Segment {id: 'av-server-hardware'})
MERGE (a)-[r:APPLIES_TO]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

// ---- Sources (iResearch unless the document names another source) ----

MATCH (a:PriceFact {id: 'cdn-traffic-list-price'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'object-storage-price-2023'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'interactive-live-streaming-billing'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'media-analysis-billing'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'apaas-public-cloud-billing'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'private-cloud-mpaas-apaas-billing'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'paas-network-bandwidth-cost'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'paas-server-storage-cost'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國音視頻PaaS市場的服務費及成本分析';

MATCH (a:PriceFact {id: 'cdn-bandwidth-average-price'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-price-cuts-2014-2021'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-price-change-2021-2022'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-price-change-2022-2023'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-network-bandwidth-cost'})
MATCH (b:Source {id: 'expert-interviews'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'cdn-network-bandwidth-cost'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-server-average-price'})
MATCH (b:Source {id: 'idc'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-server-average-price'})
MATCH (b:Source {id: 'counterpoint-research'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-server-price-cycle'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'global-storage-device-price'})
MATCH (b:Source {id: 'statista'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'server-hardware-price-variability'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';

MATCH (a:PriceFact {id: 'storage-hardware-component-cost'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '中國的CDN、對象存儲服務及硬件市場';
