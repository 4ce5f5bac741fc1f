// Providers in the 2023 rankings (the Group and Competitors A to E), the stock
// exchanges they or their parents are listed on, the layers they offer and
// their role in the value chain. Facts come from the ranking table footnotes.

// ---- Exchanges ----

MERGE (n:Exchange {id: 'nyse'})
SET n.name_en = 'New York Stock Exchange', n.name_zh = '紐約證券交易所', n.country = 'United States', n.sourceSection = '競爭格局', n.summary_en = 'US stock exchange where the parent company of Competitor A has its primary listing.', n.summary_zh = '美國證券交易所，競爭對手A的母公司在此作主要上市。';

MERGE (n:Exchange {id: 'hkex'})
SET n.name_en = 'The Stock Exchange of Hong Kong', n.name_zh = '香港聯交所', n.country = 'Hong Kong, China', n.sourceSection = '競爭格局', n.summary_en = 'Hong Kong stock exchange: primary listing venue of the parent of Competitor B and secondary listing venue of the parents of Competitors A and C.', n.summary_zh = '香港的證券交易所，為競爭對手B母公司的上市地，亦是競爭對手A及C母公司的第二上市地。';

MERGE (n:Exchange {id: 'nasdaq-gsm'})
SET n.name_en = 'NASDAQ Global Select Market', n.name_zh = '納斯達克全球精選市場', n.country = 'United States', n.sourceSection = '競爭格局', n.summary_en = 'US market tier where Competitor D is listed and the parent of Competitor C has its primary listing.', n.summary_zh = '美國的上市板塊，競爭對手D於此上市，競爭對手C的母公司亦在此作主要上市。';

// ---- Providers ----

MERGE (n:Provider {id: 'the-group'})
SET n.name_en = 'the Group', n.name_zh = '本集團', n.independent = true, n.corporate_status = 'issuer', n.sourceSection = '競爭格局', n.summary_en = 'The issuer of the document, an independent audio/video cloud service provider ranking among the top providers in both the China audio/video PaaS and APaaS markets.', n.summary_zh = '本文件的發行人，為獨立音視頻雲服務提供商，於中國音視頻PaaS及APaaS市場均位列前茅。';

MERGE (n:Provider {id: 'competitor-a'})
SET n.name_en = 'Competitor A', n.name_zh = '競爭對手A', n.independent = false, n.corporate_status = 'subsidiary-of-listed', n.founded = 2009, n.sourceSection = '競爭格局', n.summary_en = 'Provider of cloud computing and artificial intelligence services; a subsidiary of a company listed in New York with a secondary listing in Hong Kong.', n.summary_zh = '以雲計算與人工智能服務為業務的企業，母公司在紐約上市並於香港作第二上市。';

MERGE (n:Provider {id: 'competitor-b'})
SET n.name_en = 'Competitor B', n.name_zh = '競爭對手B', n.independent = false, n.corporate_status = 'subsidiary-of-listed', n.founded = 2010, n.sourceSection = '競爭格局', n.summary_en = 'Chinese technology company offering globalised cloud products and services; a subsidiary of a company listed in Hong Kong.', n.summary_zh = '經營面向全球的雲產品與服務的中國科技企業，母公司在香港上市。';

MERGE (n:Provider {id: 'competitor-c'})
SET n.name_en = 'Competitor C', n.name_zh = '競爭對手C', n.independent = false, n.corporate_status = 'subsidiary-of-listed', n.founded = 2012, n.sourceSection = '競爭格局', n.summary_en = 'Company focused on cloud computing, big data and artificial intelligence services; a subsidiary of a company listed on NASDAQ with a secondary listing in Hong Kong.', n.summary_zh = '主力經營雲計算、大數據與人工智能服務的企業，母公司在納斯達克上市並於香港作第二上市。';

MERGE (n:Provider {id: 'competitor-d'})
SET n.name_en = 'Competitor D', n.name_zh = '競爭對手D', n.independent = true, n.corporate_status = 'listed', n.founded = 2014, n.sourceSection = '競爭格局', n.summary_en = 'Independent provider of real-time voice and video engagement services, itself listed on NASDAQ.', n.summary_zh = '提供實時語音及視頻互動服務的獨立提供商，本身於納斯達克上市。';

MERGE (n:Provider {id: 'competitor-e'})
SET n.name_en = 'Competitor E', n.name_zh = '競爭對手E', n.independent = true, n.corporate_status = 'private', n.founded = 2010, n.funding_round = 'Series D', n.funding_year = 2018, n.funding_rmb_m = 230.0, n.sourceSection = '競爭格局', n.summary_en = 'Privately held provider of an enterprise-grade live-streaming cloud platform in China.', n.summary_zh = '在中國提供企業級直播雲平台的私營公司。';

// ---- Listings (of the provider itself or of its parent company) ----

MATCH (a:Provider {id: 'competitor-a'})
MATCH (b:Exchange {id: 'nyse'})
MERGE (a)-[r:LISTED_ON]->(b)
SET r.year = 2014, r.listing = 'primary', r.entity = 'parent', r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-a'})
MATCH (b:Exchange {id: 'hkex'})
MERGE (a)-[r:LISTED_ON]->(b)
SET r.year = 2019, r.listing = 'secondary', r.entity = 'parent', r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-b'})
MATCH (b:Exchange {id: 'hkex'})
MERGE (a)-[r:LISTED_ON]->(b)
SET r.year = 2004, r.listing = 'primary', r.entity = 'parent', r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-c'})
MATCH (b:Exchange {id: 'nasdaq-gsm'})
MERGE (a)-[r:LISTED_ON]->(b)
SET r.year = 2005, r.listing = 'primary', r.entity = 'parent', r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-c'})
MATCH (b:Exchange {id: 'hkex'})
MERGE (a)-[r:LISTED_ON]->(b)
SET r.year = 2021, r.listing = 'secondary', r.entity = 'parent', r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-d'})
MATCH (b:Exchange {id: 'nasdaq-gsm'})
MERGE (a)-[r:LISTED_ON]->(b)
SET r.year = 2020, r.listing = 'primary', r.entity = 'self', r.sourceSection = '競爭格局';

// ---- Layers offered: PaaS ranking -> paas, APaaS ranking -> apaas ----

MATCH (a:Provider {id: 'competitor-a'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-b'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'the-group'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-c'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-d'})
MATCH (b:Layer {id: 'paas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-b'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'the-group'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-a'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-c'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-e'})
MATCH (b:Layer {id: 'apaas'})
MERGE (a)-[r:OFFERS]->(b)
SET r.sourceSection = '競爭格局';

// ---- Role in the value chain ----

MATCH (a:Provider {id: 'the-group'})
MATCH (b:ValueChainRole {id: 'paas-provider'})
MERGE (a)-[r:PLAYS_ROLE]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-a'})
MATCH (b:ValueChainRole {id: 'paas-provider'})
MERGE (a)-[r:PLAYS_ROLE]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-b'})
MATCH (b:ValueChainRole {id: 'paas-provider'})
MERGE (a)-[r:PLAYS_ROLE]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-c'})
MATCH (b:ValueChainRole {id: 'paas-provider'})
MERGE (a)-[r:PLAYS_ROLE]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-d'})
MATCH (b:ValueChainRole {id: 'paas-provider'})
MERGE (a)-[r:PLAYS_ROLE]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-e'})
MATCH (b:ValueChainRole {id: 'paas-provider'})
MERGE (a)-[r:PLAYS_ROLE]->(b)
SET r.sourceSection = '競爭格局';
