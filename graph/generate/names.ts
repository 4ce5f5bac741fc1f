// Word pools for synthetic names, each English word with a Chinese
// counterpart, so that every generated node is named in both languages.
import type { Random } from './random';

type Pair = readonly [en: string, zh: string];

const brandHeads: Pair[] = [
  ['Nimbus', '雲岫'], ['Aurora', '極光'], ['Cirrus', '卷雲'], ['Vertex', '頂點'], ['Helix', '螺旋'],
  ['Quanta', '量子'], ['Lumen', '流明'], ['Sonic', '聲速'], ['Vivid', '繽紛'], ['Polar', '極地'],
  ['Zenith', '天頂'], ['Echo', '迴聲'], ['Pixel', '像素'], ['Orbit', '軌道'], ['Nova', '新星'],
  ['Prism', '稜鏡'], ['Kite', '紙鳶'], ['Delta', '三角洲'], ['Harbor', '港灣'], ['Summit', '峰會'],
  ['Cobalt', '鈷藍'], ['Jade', '翡翠'], ['Crane', '仙鶴'], ['Lotus', '蓮花'], ['Falcon', '獵鷹'],
  ['Ripple', '漣漪'], ['Beacon', '燈塔'], ['Atlas', '阿特拉斯'], ['Meridian', '子午'], ['Tide', '潮汐'],
  ['Ember', '餘燼'], ['Willow', '垂柳'], ['Granite', '花崗'], ['Silk', '絲路'], ['Bamboo', '青竹'],
  ['Phoenix', '鳳凰'], ['Cedar', '雪松'], ['Signal', '訊號'], ['Spark', '火花'], ['Canyon', '峽谷'],
];
const brandTails: Pair[] = [
  ['Stream', '流'], ['Wave', '波'], ['Link', '聯'], ['Cast', '播'], ['View', '視'], ['Sound', '聲'],
  ['Media', '媒'], ['Pulse', '脈'], ['Net', '網'], ['Frame', '幀'], ['Voice', '語'], ['Vision', '影'],
];
const companyKinds: Pair[] = [
  ['Cloud', '雲'], ['Technology', '科技'], ['Networks', '網絡'], ['Interactive', '互動'], ['Labs', '實驗室'],
  ['Systems', '系統'], ['Digital', '數碼'], ['Video', '視頻'],
];

const marketTopics: Pair[] = [
  ['live streaming', '直播'], ['short video', '短視頻'], ['real-time communication', '實時通訊'], ['video conferencing', '視頻會議'],
  ['online education', '在線教育'], ['telemedicine', '遠程醫療'], ['cloud gaming', '雲遊戲'], ['e-commerce video', '電商視頻'],
  ['smart security', '智能安防'], ['digital humans', '數字人'], ['media processing', '媒體處理'], ['content moderation', '內容審核'],
  ['video on demand', '視頻點播'], ['voice chat', '語音聊天'], ['IoT video', '物聯網視頻'], ['virtual events', '虛擬活動'],
  ['broadcast production', '廣播製作'], ['in-car media', '車載媒體'], ['fitness streaming', '健身直播'], ['music streaming', '音樂串流'],
  ['podcasting', '播客'], ['social audio', '社交音頻'], ['surveillance storage', '監控存儲'], ['video analytics', '視頻分析'],
  ['transcoding', '轉碼'], ['CDN delivery', 'CDN分發'], ['interactive classrooms', '互動課堂'], ['remote collaboration', '遠程協作'],
  ['virtual reality video', 'VR視頻'], ['sports broadcasting', '體育轉播'], ['news media', '新聞媒體'], ['customer service video', '視頻客服'],
];
const regions: Pair[] = [
  ['China', '中國'], ['East China', '華東'], ['South China', '華南'], ['North China', '華北'], ['Southeast Asia', '東南亞'],
  ['Greater Bay Area', '大灣區'], ['Yangtze Delta', '長三角'], ['global', '全球'], ['West China', '華西'], ['Central China', '華中'],
];
const segmentScopes: Pair[] = [
  ['market', '市場'], ['enterprise market', '企業市場'], ['SME market', '中小企業市場'], ['public sector market', '公共部門市場'],
  ['consumer market', '消費者市場'],
];

const techBases: Pair[] = [
  ['AI', 'AI'], ['AIGC', 'AIGC'], ['5G', '5G'], ['VR/AR', 'VR/AR'], ['edge computing', '邊緣計算'], ['WebRTC', 'WebRTC'],
  ['video codecs', '視頻編解碼'], ['speech recognition', '語音識別'], ['computer vision', '計算機視覺'], ['cloud rendering', '雲渲染'],
  ['low-latency transport', '低延時傳輸'], ['spatial audio', '空間音頻'], ['super-resolution', '超分辨率'], ['digital watermarking', '數字水印'],
  ['large language models', '大語言模型'], ['serverless computing', '無服務器計算'], ['object storage', '對象存儲'], ['GPU virtualisation', 'GPU虛擬化'],
  ['noise suppression', '降噪'], ['metaverse', '元宇宙'], ['blockchain', '區塊鏈'], ['IPv6', 'IPv6'], ['satellite networks', '衛星網絡'], ['HDR video', 'HDR視頻'],
];
const techQualifiers: Pair[] = [
  ['', ''], ['Next-generation ', '新一代'], ['Open-source ', '開源'], ['On-device ', '端側'], ['Distributed ', '分佈式'],
  ['Real-time ', '實時'], ['Multimodal ', '多模態'], ['Energy-efficient ', '節能'],
];

const sourceHeads: Pair[] = [
  ['Insight', '洞察'], ['Horizon', '遠景'], ['Pinnacle', '巔峰'], ['Compass', '羅盤'], ['Clearview', '明鑑'], ['Keystone', '基石'],
  ['Northstar', '北極星'], ['Bridgewater', '橋水'], ['Sagebrush', '鼠尾草'], ['Crestline', '嶺線'],
];
const sourceKinds = [
  { kind: 'research-firm', en: 'Research', zh: '研究' },
  { kind: 'research-firm', en: 'Consulting', zh: '諮詢' },
  { kind: 'government', en: 'Statistics Bureau', zh: '統計局' },
  { kind: 'industry-body', en: 'Industry Association', zh: '行業協會' },
  { kind: 'market-data', en: 'Market Data', zh: '市場數據' },
  { kind: 'interviews', en: 'Expert Panel', zh: '專家訪談' },
] as const;

const cities: Pair[] = [
  ['Shanghai', '上海'], ['Shenzhen', '深圳'], ['Hong Kong', '香港'], ['New York', '紐約'], ['London', '倫敦'], ['Tokyo', '東京'],
  ['Singapore', '新加坡'], ['Seoul', '首爾'], ['Frankfurt', '法蘭克福'], ['Toronto', '多倫多'], ['Sydney', '悉尼'], ['Mumbai', '孟買'],
  ['Beijing', '北京'], ['Taipei', '台北'], ['Paris', '巴黎'], ['Zurich', '蘇黎世'], ['Amsterdam', '阿姆斯特丹'], ['Stockholm', '斯德哥爾摩'],
];
const countries: Record<string, string> = {
  Shanghai: 'China', Shenzhen: 'China', 'Hong Kong': 'Hong Kong, China', 'New York': 'United States', London: 'United Kingdom',
  Tokyo: 'Japan', Singapore: 'Singapore', Seoul: 'South Korea', Frankfurt: 'Germany', Toronto: 'Canada', Sydney: 'Australia',
  Mumbai: 'India', Beijing: 'China', Taipei: 'Taiwan, China', Paris: 'France', Zurich: 'Switzerland', Amsterdam: 'Netherlands',
  Stockholm: 'Sweden',
};
const boards: Pair[] = [
  ['Stock Exchange', '證券交易所'], ['Growth Board', '創業板'], ['Technology Board', '科技板'], ['Main Board', '主板'],
];

/** Makes names unique by numbering repeats: "Nimbus Cloud", "Nimbus Cloud 2", … */
export class NameBook {
  private seen = new Map<string, number>();

  unique(en: string, zh: string): [string, string] {
    const n = (this.seen.get(en) ?? 0) + 1;
    this.seen.set(en, n);
    return n === 1 ? [en, zh] : [`${en} ${n}`, `${zh}${n}號`];
  }
}

export function providerName(rng: Random): [string, string] {
  const [h, t, k] = [rng.pick(brandHeads), rng.pick(brandTails), rng.pick(companyKinds)];
  return [`${h[0]}${t[0].toLowerCase()} ${k[0]}`, `${h[1]}${t[1]}${k[1]}`];
}

export function segmentName(rng: Random): { en: string; zh: string; topic: Pair } {
  const topic = rng.pick(marketTopics);
  const region = rng.pick(regions);
  const scope = rng.pick(segmentScopes);
  return { en: `${region[0]} ${topic[0]} ${scope[0]}`, zh: `${region[1]}${topic[1]}${scope[1]}`, topic };
}

export function technologyName(rng: Random): [string, string] {
  const [q, b] = [rng.pick(techQualifiers), rng.pick(techBases)];
  const en = `${q[0]}${b[0]}`;
  return [en.charAt(0).toUpperCase() + en.slice(1), `${q[1]}${b[1]}`];
}

export function sourceName(rng: Random): { en: string; zh: string; kind: (typeof sourceKinds)[number]['kind'] } {
  const h = rng.pick(sourceHeads);
  const k = rng.pick(sourceKinds);
  return { en: `${h[0]} ${k.en}`, zh: `${h[1]}${k.zh}`, kind: k.kind };
}

export function exchangeName(rng: Random): { en: string; zh: string; country: string } {
  const c = rng.pick(cities);
  const b = rng.pick(boards);
  return { en: `${c[0]} ${b[0]}`, zh: `${c[1]}${b[1]}`, country: countries[c[0]]! };
}

export const factorTemplates: Record<'driver' | 'barrier' | 'trend' | 'challenge', readonly Pair[]> = {
  driver: [
    ['Rising demand for {t}', '{t}需求上升'],
    ['Falling bandwidth costs for {t}', '{t}帶寬成本下降'],
    ['Policy support for {t}', '政策支持{t}'],
  ],
  barrier: [
    ['Technology barrier in {t}', '{t}技術壁壘'],
    ['Customer trust needed in {t}', '{t}客戶信任門檻'],
    ['Scale of infrastructure for {t}', '{t}基礎設施規模門檻'],
  ],
  trend: [
    ['AI features spread in {t}', '{t}AI功能普及'],
    ['Consolidation of {t} vendors', '{t}供應商整合'],
    ['Low-code tools for {t}', '{t}低代碼工具'],
  ],
  challenge: [
    ['Price competition in {t}', '{t}價格競爭'],
    ['Data compliance for {t}', '{t}數據合規'],
    ['Talent shortage in {t}', '{t}人才短缺'],
  ],
};

export function factorName(rng: Random, kind: keyof typeof factorTemplates): [string, string] {
  const [en, zh] = rng.pick(factorTemplates[kind]);
  const t = rng.pick(marketTopics);
  return [en.replace('{t}', t[0]), zh.replace('{t}', t[1])];
}

export const priceTopics: Pair[] = [
  ['CDN traffic', 'CDN流量'], ['object storage', '對象存儲'], ['live transcoding', '直播轉碼'], ['RTC minutes', 'RTC分鐘'],
  ['media analysis calls', '媒體分析調用'], ['GPU rendering hours', 'GPU渲染時數'], ['peak bandwidth', '峰值帶寬'],
  ['server hardware', '服務器硬件'], ['APaaS seats', 'APaaS席位'], ['content moderation calls', '內容審核調用'],
];

export const milestoneEvents: Pair[] = [
  ['first products launched', '首批產品推出'], ['first commercial deployments', '首次商業部署'], ['large-scale commercialisation', '大規模商業化'],
  ['demand takes off', '需求爆發'], ['AI features introduced', '引入AI功能'], ['price war', '價格戰'], ['consolidation wave', '整合潮'],
  ['standards agreed', '標準制定'], ['cross-border expansion', '跨境擴張'], ['regulation tightened', '監管收緊'],
];
