// Cloud service layers (SaaS, PaaS with its APaaS and MPaaS forms, IaaS), how
// they nest, and the comparison table of the section 音視頻雲服務類型: one
// LayerAttribute per column and one HAS_ATTRIBUTE per filled cell.

// ---- Layers ----

MERGE (n:Layer {id: 'saas'})
SET n.name_en = 'SaaS (software as a service)', n.name_zh = 'SaaS', n.abbr = 'SaaS', n.sourceSection = '音視頻雲服務類型', n.summary_en = 'Standardised, business-oriented software products or services that business staff use without any development of their own; easy to access but hard to customise, which limits SaaS in a market where audio/video customers want differentiated solutions.', n.summary_zh = '面向業務的標準化軟件產品或服務，業務人員毋須自行開發即可使用；接入容易但難以定製，在客戶需求差異大的音視頻市場中發展受限。';

MERGE (n:Layer {id: 'paas'})
SET n.name_en = 'PaaS (platform as a service)', n.name_zh = 'PaaS', n.abbr = 'PaaS', n.sourceSection = '音視頻雲服務類型', n.summary_en = 'The middle layer between IaaS and SaaS: platforms, APIs and SDKs on which customers build audio/video applications; in audio/video it comprises MPaaS and APaaS and can be delivered on public or private clouds.', n.summary_zh = '介於IaaS與SaaS之間的中間層，以平台、API及SDK讓客戶構建音視頻應用；音視頻領域的PaaS涵蓋MPaaS與APaaS，可經公有雲或私有雲交付。';

MERGE (n:Layer {id: 'apaas'})
SET n.name_en = 'APaaS', n.name_zh = 'APaaS', n.abbr = 'APaaS', n.sourceSection = '音視頻雲服務類型', n.summary_en = 'PaaS packaged with ready-made functions and basic UI so that customers assemble applications through zero-code or low-code platforms; because distributing audio/video cloud services involves complex workflows, low-code platforms are, and will for now remain, the mainstream way the industry accesses audio/video APaaS solutions.', n.summary_zh = '把現成功能及基礎介面打包的PaaS，客戶可透過零代碼或低代碼平台組裝應用；由於音視頻雲服務分發的流程繁複，低代碼平台現時及近期仍是業界使用音視頻APaaS方案的主流途徑。';

MERGE (n:Layer {id: 'apaas-zero-code'})
SET n.name_en = 'Zero-code APaaS platform', n.name_zh = '零代碼平台', n.abbr = 'APaaS (zero-code)', n.sourceSection = '音視頻雲服務類型', n.summary_en = 'APaaS delivered as a zero-code platform: business staff assemble applications without writing code, with high development efficiency and low maintenance cost.', n.summary_zh = '以零代碼平台形式提供的APaaS，業務人員毋須編寫程式即可搭建應用，開發效率高而維護成本低。';

MERGE (n:Layer {id: 'apaas-low-code'})
SET n.name_en = 'Low-code APaaS platform', n.name_zh = '低代碼平台', n.abbr = 'APaaS (low-code)', n.sourceSection = '音視頻雲服務類型', n.summary_en = 'APaaS delivered as a low-code platform for entry-level developers; given the complex workflows of distributing audio/video cloud services, it is and will in the near term remain the mainstream technology for accessing audio/video APaaS solutions.', n.summary_zh = '以低代碼平台形式提供、供入門級開發人員使用的APaaS；因音視頻雲服務分發流程複雜，它現時及近期都是使用音視頻APaaS方案的主流技術。';

MERGE (n:Layer {id: 'mpaas'})
SET n.name_en = 'MPaaS (pro-code platform)', n.name_zh = 'MPaaS', n.abbr = 'MPaaS', n.sourceSection = '音視頻雲服務類型', n.summary_en = 'PaaS used as a pro-code platform: professional developers build applications with extensive coding, which gives high flexibility and control for highly customised, complex applications at the price of longer development cycles and higher development cost.', n.summary_zh = '以專業代碼平台形式使用的PaaS，由專業開發人員大量編碼構建應用；靈活度與掌控度高，可做出高度定製的複雜應用，但開發週期較長、開發成本較高。';

MERGE (n:Layer {id: 'iaas'})
SET n.name_en = 'IaaS (infrastructure as a service)', n.name_zh = 'IaaS', n.abbr = 'IaaS', n.sourceSection = '音視頻雲服務類型', n.summary_en = 'The underlying base layer that supplies the necessary computing, storage and network resources; it is the foundation of audio/video cloud but not directly tied to applications.', n.summary_zh = '提供所需運算、存儲及網絡資源的底層基礎，是音視頻雲的重要組成部分，但與應用本身並無直接關係。';

// ---- Nesting of layers ----

MATCH (a:Layer {id: 'apaas'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Layer {id: 'mpaas'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-low-code'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:PART_OF]->(b)
SET r.sourceSection = '音視頻雲服務類型';

// ---- Columns of the comparison table ----

MERGE (n:LayerAttribute {id: 'layer-attr-product-form'})
SET n.name_en = 'Product/service form', n.name_zh = '產品/服務形態', n.position = 1, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'The shape in which a cloud service type reaches its users.', n.summary_zh = '某類雲服務交付給用戶時的形態。';

MERGE (n:LayerAttribute {id: 'layer-attr-accessibility'})
SET n.name_en = 'Ease of access', n.name_zh = '接入方便性', n.position = 2, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'How easily a customer can start using the service type.', n.summary_zh = '客戶開始使用該類服務的難易程度。';

MERGE (n:LayerAttribute {id: 'layer-attr-user-group'})
SET n.name_en = 'User group', n.name_zh = '用戶群體', n.position = 3, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'Who typically works with the service type.', n.summary_zh = '通常使用該類服務的人員類別。';

MERGE (n:LayerAttribute {id: 'layer-attr-development-efficiency'})
SET n.name_en = 'Application development efficiency', n.name_zh = '應用開發效率', n.position = 4, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'How quickly applications can be built on the service type.', n.summary_zh = '基於該類服務構建應用的速度。';

MERGE (n:LayerAttribute {id: 'layer-attr-development-threshold'})
SET n.name_en = 'Application development threshold', n.name_zh = '應用開發門檻', n.position = 5, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'The skill level needed to build applications on the service type.', n.summary_zh = '在該類服務上開發應用所需的技能水平。';

MERGE (n:LayerAttribute {id: 'layer-attr-customisability'})
SET n.name_en = 'Application customisability', n.name_zh = '應用可定製化程度', n.position = 6, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'How far applications built on the service type can be tailored.', n.summary_zh = '以該類服務構建的應用可按需調整的程度。';

MERGE (n:LayerAttribute {id: 'layer-attr-maintenance-cost'})
SET n.name_en = 'Maintenance cost', n.name_zh = '維護成本', n.position = 7, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'The effort and expense of keeping the resulting applications running.', n.summary_zh = '維持相關應用運作所需的投入與開支。';

MERGE (n:LayerAttribute {id: 'layer-attr-data-usage-efficiency'})
SET n.name_en = 'Data usage efficiency', n.name_zh = '數據使用效率', n.position = 8, n.sourceSection = '音視頻雲服務類型', n.summary_en = 'How efficiently the data handled by the service type can be put to use.', n.summary_zh = '該類服務所處理的數據能被有效運用的程度。';

// ---- Cells of the comparison table (empty or merged cells are left out) ----

// SaaS row
MATCH (a:Layer {id: 'saas'})
MATCH (b:LayerAttribute {id: 'layer-attr-product-form'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '面向業務的軟件產品或服務', r.value_en = 'Business-oriented software products or services', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'saas'})
MATCH (b:LayerAttribute {id: 'layer-attr-accessibility'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '高', r.value_en = 'High', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'saas'})
MATCH (b:LayerAttribute {id: 'layer-attr-user-group'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '業務人員', r.value_en = 'Business staff', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'saas'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '無需客戶開發', r.value_en = 'No development needed by the customer', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'saas'})
MATCH (b:LayerAttribute {id: 'layer-attr-customisability'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'saas'})
MATCH (b:LayerAttribute {id: 'layer-attr-maintenance-cost'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'saas'})
MATCH (b:LayerAttribute {id: 'layer-attr-data-usage-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

// APaaS row, zero-code platform
MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-product-form'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '零代碼平台', r.value_en = 'Zero-code platform', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-accessibility'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '高', r.value_en = 'High', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-user-group'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '業務人員', r.value_en = 'Business staff', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '高', r.value_en = 'High', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-threshold'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-customisability'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '較高', r.value_en = 'Relatively high', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-maintenance-cost'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-zero-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-data-usage-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '高', r.value_en = 'High', r.sourceSection = '音視頻雲服務類型';

// APaaS row, low-code platform (ease of access and data usage efficiency cells are empty)
MATCH (a:Layer {id: 'apaas-low-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-product-form'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低代碼平台', r.value_en = 'Low-code platform', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-low-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-user-group'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '入門級開發人員', r.value_en = 'Entry-level developers', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-low-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '中', r.value_en = 'Medium', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-low-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-threshold'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '中', r.value_en = 'Medium', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-low-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-customisability'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '較高', r.value_en = 'Relatively high', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'apaas-low-code'})
MATCH (b:LayerAttribute {id: 'layer-attr-maintenance-cost'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '中', r.value_en = 'Medium', r.sourceSection = '音視頻雲服務類型';

// MPaaS row (data usage efficiency cell is empty)
MATCH (a:Layer {id: 'mpaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-product-form'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '專業代碼平台', r.value_en = 'Pro-code platform', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'mpaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-accessibility'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'mpaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-user-group'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '專業開發人員', r.value_en = 'Professional developers', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'mpaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'mpaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-threshold'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '高', r.value_en = 'High', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'mpaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-customisability'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '高', r.value_en = 'High', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'mpaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-maintenance-cost'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '高', r.value_en = 'High', r.sourceSection = '音視頻雲服務類型';

// IaaS row (threshold, customisability and maintenance cells are empty)
MATCH (a:Layer {id: 'iaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-product-form'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '提供必要資源的基礎底層', r.value_en = 'Underlying base layer providing the necessary resources', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'iaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-accessibility'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '低', r.value_en = 'Low', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'iaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-user-group'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '專業開發人員', r.value_en = 'Professional developers', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'iaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-development-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '因IaaS不與應用直接相關，故不適用', r.value_en = 'Not applicable, as IaaS is not directly related to applications', r.sourceSection = '音視頻雲服務類型';

MATCH (a:Layer {id: 'iaas'})
MATCH (b:LayerAttribute {id: 'layer-attr-data-usage-efficiency'})
MERGE (a)-[r:HAS_ATTRIBUTE]->(b)
SET r.value_zh = '不適用', r.value_en = 'Not applicable', r.sourceSection = '音視頻雲服務類型';
