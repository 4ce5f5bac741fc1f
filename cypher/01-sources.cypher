// Sources: the research firm that wrote the industry report (iResearch) and the
// other data sources named under the document's charts and in its text.

MERGE (n:Source {id: 'iresearch'})
SET n.name_en = 'iResearch', n.name_zh = '艾瑞諮詢', n.kind = 'research-firm', n.founded = 2002, n.fee_rmb = 600000.0, n.sourceSection = '資料來源', n.summary_en = 'Independent Chinese market research firm commissioned by the Group to research and analyse the China audio/video cloud services market; most data and forecasts of the industry overview come from its report, built on expert interviews and public secondary data.', n.summary_zh = '獲本集團委聘、總部設於中國的獨立市場研究公司，負責研究中國音視頻雲服務市場；行業概覽中的大部分數據與預測均出自其報告，報告結合專家訪談及公開二手資料編製。';

MERGE (n:Source {id: 'expert-interviews'})
SET n.name_en = 'Expert interviews', n.name_zh = '專家訪談', n.kind = 'interviews', n.sourceSection = '中國音視頻雲服務市場規模', n.summary_en = 'Interviews with key industry experts and leading participants carried out by iResearch as its primary research; cited under the market-size charts and for bandwidth price trends.', n.summary_zh = '艾瑞諮詢作為初級研究而對主要行業專家及領先參與者進行的訪談，用於市場規模圖表及帶寬價格走勢等資料。';

MERGE (n:Source {id: 'caict'})
SET n.name_en = 'China Academy of Information and Communications Technology', n.name_zh = '中國信息通信研究院', n.kind = 'government', n.sourceSection = '中國雲服務市場', n.summary_en = 'State research institute for information and communications technology; a source of the China cloud services market-size chart.', n.summary_zh = '國家級信息通信研究機構，為中國雲服務市場規模圖表的資料來源之一。';

MERGE (n:Source {id: 'cadpa-game-committee'})
SET n.name_en = 'Game Publishing Committee of the China Audio-Video and Digital Publishing Association', n.name_zh = '中國音數協遊戲工委', n.kind = 'industry-body', n.sourceSection = '中國音視頻市場', n.summary_en = 'Industry association committee for the game sector; a source of the China audio/video market-size chart.', n.summary_zh = '遊戲產業的行業協會工作委員會，為中國音視頻市場規模圖表的資料來源之一。';

MERGE (n:Source {id: 'china-game-industry-research-institute'})
SET n.name_en = 'China Game Industry Research Institute', n.name_zh = '中國遊戲產業研究院', n.kind = 'industry-body', n.sourceSection = '中國音視頻市場', n.summary_en = 'Research institute of the game industry; a source of the China audio/video market-size chart.', n.summary_zh = '遊戲產業的研究機構，為中國音視頻市場規模圖表的資料來源之一。';

MERGE (n:Source {id: 'national-bureau-of-statistics'})
SET n.name_en = 'National Bureau of Statistics of China', n.name_zh = '中國國家統計局', n.kind = 'government', n.sourceSection = '資料來源', n.summary_en = 'Government statistics office; one of the public sources iResearch drew on in its secondary research.', n.summary_zh = '政府統計機關，是艾瑞諮詢二級研究所參考的公開資料來源之一。';

MERGE (n:Source {id: 'idc'})
SET n.name_en = 'IDC', n.name_zh = 'IDC', n.kind = 'research-firm', n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Market intelligence firm; together with Counterpoint Research the source of the global average server price trend.', n.summary_zh = '市場情報研究機構，與Counterpoint Research同為全球服務器平均價格走勢的資料來源。';

MERGE (n:Source {id: 'counterpoint-research'})
SET n.name_en = 'Counterpoint Research', n.name_zh = 'Counterpoint Research', n.kind = 'research-firm', n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Technology market research firm; together with IDC the source of the global average server price trend.', n.summary_zh = '科技市場研究機構，與IDC同為全球服務器平均價格走勢的資料來源。';

MERGE (n:Source {id: 'statista'})
SET n.name_en = 'Statista', n.name_zh = 'Statista', n.kind = 'market-data', n.sourceSection = '中國的CDN、對象存儲服務及硬件市場', n.summary_en = 'Statistics and market data platform; the source of the global storage device price trend.', n.summary_zh = '統計及市場數據平台，為全球存儲裝置價格走勢的資料來源。';
