// Milestones in the development of the China audio/video APaaS market (section
// 音視頻APaaS發展歷程, the chart footnote on first commercialisation and the
// PaaS trend on low-code launches), chained in order with FOLLOWED_BY.

MERGE (n:Milestone {id: 'apaas-2019-market-entry'})
SET n.name_en = 'Audio/video APaaS starts entering the market', n.name_zh = '音視頻APaaS開始進佔市場', n.year = 2019, n.sourceSection = '音視頻APaaS發展歷程', n.summary_en = 'With APaaS in general having gained initial acceptance, audio/video APaaS began to make its way into the market.', n.summary_zh = '在APaaS整體初步普及之後，音視頻APaaS開始打入市場。';

MERGE (n:Milestone {id: 'apaas-2019-2020-trial-stage'})
SET n.name_en = 'Trial stage and first product prototypes', n.name_zh = '音視頻APaaS產品試水階段', n.year = 2019, n.year_end = 2020, n.sourceSection = '音視頻APaaS發展歷程', n.summary_en = 'Providers released early audio/video APaaS products, mostly as beta or free-trial features inside general service packages, so few labelled them as APaaS.', n.summary_zh = '提供商推出早期音視頻APaaS產品，多以測試版或免費試用形式放在通用服務包內，因此鮮有明確標示為APaaS。';

MERGE (n:Milestone {id: 'apaas-2020-first-commercialisation'})
SET n.name_en = 'First commercialisation of APaaS solutions', n.name_zh = 'APaaS解決方案首次在行業內商業化', n.year = 2020, n.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率', n.summary_en = 'APaaS solutions were first sold commercially in the industry, which is why APaaS market-size data start from this year.', n.summary_zh = 'APaaS解決方案首度在業內作商業銷售，故APaaS市場規模數據由此年起才有記錄。';

MERGE (n:Milestone {id: 'apaas-2021-large-scale-commercialisation'})
SET n.name_en = 'Large-scale commercialisation of audio/video APaaS', n.name_zh = '音視頻APaaS開始大規模商業化', n.year = 2021, n.sourceSection = '音視頻APaaS發展歷程', n.summary_en = 'Audio/video APaaS moved from trials to commercial deployment at scale.', n.summary_zh = '音視頻APaaS由試用走向大規模商業應用。';

MERGE (n:Milestone {id: 'apaas-2021-low-code-launches'})
SET n.name_en = 'Providers launch low-code APaaS', n.name_zh = '多家服務提供商推出低代碼解決方案形式的APaaS', n.year = 2021, n.sourceSection = '更多音視頻雲服務提供商致力於提供APaaS', n.summary_en = 'Several service providers began offering APaaS in the form of low-code solutions, and some set out to become APaaS specialists.', n.summary_zh = '多家服務提供商開始以低代碼方案形式推出APaaS，部分更以成為APaaS提供商為目標。';

MERGE (n:Milestone {id: 'apaas-2022-demand-boom'})
SET n.name_en = 'Demand for audio/video APaaS takes off', n.name_zh = '音視頻APaaS需求進入爆發階段', n.year = 2022, n.sourceSection = '音視頻APaaS發展歷程', n.summary_en = 'Market demand for audio/video APaaS entered an explosive phase, with easy access and scalability seen as key going forward.', n.summary_zh = '音視頻APaaS的市場需求急升，易接入及可擴展被視為日後的關鍵。';

MERGE (n:Milestone {id: 'apaas-2023-aigc-exploration'})
SET n.name_en = 'Audio/video APaaS begins to explore AIGC', n.name_zh = '音視頻APaaS行業開始探索使用AIGC', n.year = 2023, n.sourceSection = '音視頻APaaS發展歷程', n.summary_en = 'Providers started building AIGC into their audio/video APaaS products to strengthen features and efficiency, promising support for ideation, content innovation and intelligent content generation.', n.summary_zh = '提供商開始把AIGC融入音視頻APaaS產品，以強化功能及效率，並有望助力創意構思、內容創新與智能生成。';

// ---- Milestones of the APaaS market ----

MATCH (a:Milestone {id: 'apaas-2019-market-entry'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:MILESTONE_OF]->(b)
SET r.sourceSection = '音視頻APaaS發展歷程';

MATCH (a:Milestone {id: 'apaas-2019-2020-trial-stage'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:MILESTONE_OF]->(b)
SET r.sourceSection = '音視頻APaaS發展歷程';

MATCH (a:Milestone {id: 'apaas-2020-first-commercialisation'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:MILESTONE_OF]->(b)
SET r.sourceSection = '中國音視頻APaaS市場規模、增長潛力及滲透率';

MATCH (a:Milestone {id: 'apaas-2021-large-scale-commercialisation'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:MILESTONE_OF]->(b)
SET r.sourceSection = '音視頻APaaS發展歷程';

MATCH (a:Milestone {id: 'apaas-2021-low-code-launches'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:MILESTONE_OF]->(b)
SET r.sourceSection = '更多音視頻雲服務提供商致力於提供APaaS';

MATCH (a:Milestone {id: 'apaas-2022-demand-boom'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:MILESTONE_OF]->(b)
SET r.sourceSection = '音視頻APaaS發展歷程';

MATCH (a:Milestone {id: 'apaas-2023-aigc-exploration'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:MILESTONE_OF]->(b)
SET r.sourceSection = '音視頻APaaS發展歷程';

// ---- Order ----

MATCH (a:Milestone {id: 'apaas-2019-market-entry'})
MATCH (b:Milestone {id: 'apaas-2019-2020-trial-stage'})
MERGE (a)-[r:FOLLOWED_BY]->(b);

MATCH (a:Milestone {id: 'apaas-2019-2020-trial-stage'})
MATCH (b:Milestone {id: 'apaas-2020-first-commercialisation'})
MERGE (a)-[r:FOLLOWED_BY]->(b);

MATCH (a:Milestone {id: 'apaas-2020-first-commercialisation'})
MATCH (b:Milestone {id: 'apaas-2021-large-scale-commercialisation'})
MERGE (a)-[r:FOLLOWED_BY]->(b);

MATCH (a:Milestone {id: 'apaas-2021-large-scale-commercialisation'})
MATCH (b:Milestone {id: 'apaas-2021-low-code-launches'})
MERGE (a)-[r:FOLLOWED_BY]->(b);

MATCH (a:Milestone {id: 'apaas-2021-low-code-launches'})
MATCH (b:Milestone {id: 'apaas-2022-demand-boom'})
MERGE (a)-[r:FOLLOWED_BY]->(b);

MATCH (a:Milestone {id: 'apaas-2022-demand-boom'})
MATCH (b:Milestone {id: 'apaas-2023-aigc-exploration'})
MERGE (a)-[r:FOLLOWED_BY]->(b);
