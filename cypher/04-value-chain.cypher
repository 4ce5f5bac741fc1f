// The value chain of the China audio/video cloud services market: its roles
// from cloud infrastructure to end users, what each supplies to the next, and
// the cloud layer each role works at.

// ---- Roles ----

MERGE (n:ValueChainRole {id: 'cloud-infrastructure-provider'})
SET n.name_en = 'Cloud infrastructure provider', n.name_zh = '雲基礎設施提供商', n.stage = 1, n.sourceSection = '中國音視頻雲服務市場的價值鏈', n.summary_en = 'Supplies the underlying cloud products and services to PaaS providers and directly to end users.', n.summary_zh = '向PaaS提供商及終端用戶供應底層雲產品與服務。';

MERGE (n:ValueChainRole {id: 'paas-provider'})
SET n.name_en = 'PaaS provider', n.name_zh = 'PaaS提供商', n.stage = 2, n.sourceSection = '中國音視頻雲服務市場的價值鏈', n.summary_en = 'Builds on cloud infrastructure to offer audio/video solutions with APIs or SDKs to SaaS providers, and can also serve end users directly through APaaS solutions.', n.summary_zh = '以雲基礎設施為基礎，向SaaS提供商提供附API或SDK的音視頻方案，亦可透過APaaS方案直接服務終端用戶。';

MERGE (n:ValueChainRole {id: 'saas-provider'})
SET n.name_en = 'SaaS provider', n.name_zh = 'SaaS提供商', n.stage = 3, n.sourceSection = '中國音視頻雲服務市場的價值鏈', n.summary_en = 'Delivers specific applications to end users, built on solutions backed by PaaS providers and cloud infrastructure providers.', n.summary_zh = '借助由PaaS提供商與雲基礎設施提供商所支援的方案，開發特定應用程式並交付終端用戶。';

MERGE (n:ValueChainRole {id: 'end-user'})
SET n.name_en = 'End user', n.name_zh = '終端用戶', n.stage = 4, n.sourceSection = '中國音視頻雲服務市場的價值鏈', n.summary_en = 'The customers at the end of the chain, served by infrastructure providers, PaaS providers (via APaaS) and SaaS providers.', n.summary_zh = '位於價值鏈末端的客戶，可獲雲基礎設施提供商、PaaS提供商（經APaaS）及SaaS提供商服務。';

// ---- What each role supplies ----

MATCH (a:ValueChainRole {id: 'cloud-infrastructure-provider'})
MATCH (b:ValueChainRole {id: 'paas-provider'})
MERGE (a)-[r:SUPPLIES]->(b)
SET r.flow = 'cloud-resources', r.via_en = 'Cloud products and services', r.via_zh = '雲產品及服務', r.sourceSection = '中國音視頻雲服務市場的價值鏈';

MATCH (a:ValueChainRole {id: 'cloud-infrastructure-provider'})
MATCH (b:ValueChainRole {id: 'end-user'})
MERGE (a)-[r:SUPPLIES]->(b)
SET r.flow = 'cloud-resources', r.via_en = 'Cloud products and services', r.via_zh = '雲產品及服務', r.sourceSection = '中國音視頻雲服務市場的價值鏈';

MATCH (a:ValueChainRole {id: 'paas-provider'})
MATCH (b:ValueChainRole {id: 'saas-provider'})
MERGE (a)-[r:SUPPLIES]->(b)
SET r.flow = 'api-sdk', r.via_en = 'Solutions with APIs or SDKs', r.via_zh = '具有API或SDK的解決方案', r.sourceSection = '中國音視頻雲服務市場的價值鏈';

MATCH (a:ValueChainRole {id: 'paas-provider'})
MATCH (b:ValueChainRole {id: 'end-user'})
MERGE (a)-[r:SUPPLIES]->(b)
SET r.flow = 'apaas', r.via_en = 'APaaS solutions serving end users directly', r.via_zh = 'APaaS解決方案', r.sourceSection = '中國音視頻雲服務市場的價值鏈';

MATCH (a:ValueChainRole {id: 'saas-provider'})
MATCH (b:ValueChainRole {id: 'end-user'})
MERGE (a)-[r:SUPPLIES]->(b)
SET r.flow = 'applications', r.via_en = 'Specific applications built on solutions supported by PaaS and cloud infrastructure providers', r.via_zh = '特定應用程序', r.sourceSection = '中國音視頻雲服務市場的價值鏈';

// ---- Layer of each role ----

MATCH (a:ValueChainRole {id: 'cloud-infrastructure-provider'})
MATCH (b:Layer {id: 'iaas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '中國音視頻雲服務市場的價值鏈';

MATCH (a:ValueChainRole {id: 'paas-provider'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '中國音視頻雲服務市場的價值鏈';

MATCH (a:ValueChainRole {id: 'saas-provider'})
MATCH (b:Layer {id: 'saas'})
MERGE (a)-[r:AT_LAYER]->(b)
SET r.sourceSection = '中國音視頻雲服務市場的價值鏈';
