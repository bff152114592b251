import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../../src/modules/firm/credit-code';
import { IndustrialChain, KnowledgeValueGrade, QualificationKind, SizeClass, TaxCreditGrade } from '../../src/modules/firm/firm.enums';
import { IpKind } from '../../src/modules/ip-asset/ip-asset.entity';
import type { SeedFirm, SeedIpAsset, SeedQualification } from './types';
import { mulberry32 } from './random';

/*
 * The zone's 185 firms. Only 大度新材 is named in the source; the other 184 are generated from a
 * fixed seed so every run yields the same data set. Validity dates are chosen against AS_OF so that
 * some qualifications and IP rights have lapsed by then and most have not.
 */
const AS_OF = '2026-11-25';
const SEED = 20221231;
const FICTIONAL_NOTE = '虚构示例企业,非真实数据 / Invented sample firm, not real data';

// ---------------------------------------------------------------------------------------------
// Deterministic helpers
// ---------------------------------------------------------------------------------------------


const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const isoOf = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso: string, n: number): string => isoOf(dayNumber(iso) + n);
const shiftYears = (iso: string, years: number): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return isoOf(Date.UTC(y + years, m - 1, d) / DAY_MS);
};
/** Last day of a term of `years` starting on `from`: the day before the anniversary. */
const termEnd = (from: string, years: number): string => addDays(shiftYears(from, years), -1);
const laterOf = (a: string, b: string): string => (a > b ? a : b);

/** Integer fen to a yuan string with 2 decimals; fen stay integers so no rounding creeps in. */
const yuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** GB 11714 organisation code: 8 digits and a check character. */
function orgCodeWithCheck(digits8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = digits8.split('').reduce((s, ch, i) => s + Number(ch) * w[i], 0);
  const c = 11 - (sum % 11);
  return digits8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** '91' (enterprise registered with market regulation) + division + organisation code + check. */
function creditCode(division: string, orgCode9: string): string {
  const first17 = `91${division}${orgCode9}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** CNIPA patent number: year, type (1 invention, 2 utility model, 3 design), 7-digit serial, check digit. */
function patentNumber(year: number, type: 1 | 2 | 3, serial: number): string {
  const body = `${year}${type}${String(serial).padStart(7, '0')}`;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = body.split('').reduce((s, ch, i) => s + Number(ch) * w[i], 0);
  return `ZL${body}.${'0123456789X'[sum % 11]}`;
}

const knowledgeValueGrade = (score: number): KnowledgeValueGrade =>
  score >= 85 ? KnowledgeValueGrade.A : score >= 70 ? KnowledgeValueGrade.B : score >= 55 ? KnowledgeValueGrade.C : KnowledgeValueGrade.D;

// Invented appraisal firms.
const APPRAISERS = ['湖南湘沅资产评估有限公司', '湖南德衡资产评估有限公司', '湖南诚鉴资产评估有限公司', '湖南沅澧资产评估事务所有限公司', '湖南明策资产评估有限公司'];

// ---------------------------------------------------------------------------------------------
// 大度新材: the one firm named in the source (F10)
// ---------------------------------------------------------------------------------------------

const DADU: SeedFirm = {
  key: 'dadu',
  creditCode: creditCode('430700', 'MA4L7Q2D8'),
  name: '常德大度新材料有限公司',
  nameEn: 'Changde Dadu New Materials Co., Ltd.',
  chain: IndustrialChain.POWER_ELECTRONICS,
  sizeClass: SizeClass.MEDIUM,
  foundedOn: '2016-01-12',
  employees: 420,
  annualRevenue: '268500000.00',
  rdSpend: '13962000.00',
  taxCreditGrade: TaxCreditGrade.A,
  knowledgeValueScore: 92,
  knowledgeValueGrade: KnowledgeValueGrade.A,
  isFictional: false,
  sourceNote:
    '"大度新材"见常德经开区2022年营商环境工作总结(F10:为大度新材等企业提供知识产权质押贷款7332.5万元)。' +
    '企业法定全称未经核实;产业链归属、信用代码、经营数据、资质和知识产权均为示例数据。 / ' +
    'Named in the zone\'s 2022 business-environment summary (F10: IP-pledge loans). The legal name is not verified; ' +
    'chain, credit code, figures, qualifications and IP are illustrative.',
  qualifications: [
    { kind: QualificationKind.HIGH_TECH_ENTERPRISE, certificateNo: 'GR202043000318', validFrom: '2020-12-01', validUntil: '2023-11-30' },
    { kind: QualificationKind.HIGH_TECH_ENTERPRISE, certificateNo: 'GR202343000872', validFrom: '2023-12-08', validUntil: '2026-12-07' },
    { kind: QualificationKind.SPECIALIZED_SME, validFrom: '2024-07-10', validUntil: '2027-07-09' },
  ],
  ipAssets: [
    {
      kind: IpKind.INVENTION_PATENT,
      number: patentNumber(2016, 1, 1027745),
      title: '一种高导热绝缘封装材料及其制备方法',
      expiresOn: '2036-04-26',
      annualFeePaid: true,
      appraisedValue: '15200000.00',
      appraiser: APPRAISERS[0],
      appraisedOn: '2022-04-15',
      pledged: true,
    },
    {
      kind: IpKind.INVENTION_PATENT,
      number: patentNumber(2017, 1, 1093512),
      title: '一种电子级环氧塑封料及其制备方法',
      expiresOn: '2037-08-21',
      annualFeePaid: true,
      appraisedValue: '13800000.00',
      appraiser: APPRAISERS[0],
      appraisedOn: '2022-04-15',
      pledged: true,
    },
    {
      kind: IpKind.INVENTION_PATENT,
      number: patentNumber(2018, 1, 1254108),
      title: '一种低介电常数覆铜板用树脂组合物',
      expiresOn: '2038-03-27',
      annualFeePaid: true,
      appraisedValue: '12600000.00',
      appraiser: APPRAISERS[0],
      appraisedOn: '2022-04-15',
      pledged: true,
    },
    {
      kind: IpKind.INVENTION_PATENT,
      number: patentNumber(2018, 1, 1547780),
      title: '一种耐高温聚酰亚胺薄膜的制备方法',
      expiresOn: '2038-12-27',
      annualFeePaid: true,
      appraisedValue: '11500000.00',
      appraiser: APPRAISERS[0],
      appraisedOn: '2022-04-15',
      pledged: true,
    },
    {
      kind: IpKind.INVENTION_PATENT,
      number: patentNumber(2019, 1, 1108466),
      title: '一种低温烧结导电银浆及其制备方法',
      expiresOn: '2039-10-30',
      annualFeePaid: true,
      appraisedValue: '9300000.00',
      appraiser: APPRAISERS[0],
      appraisedOn: '2022-04-15',
      pledged: false,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Name parts and per-chain vocabulary
// ---------------------------------------------------------------------------------------------

type Part = readonly [zh: string, en: string];

const TRADE_FIRST: Part[] = [
  ['德', 'De'], ['华', 'Hua'], ['鑫', 'Xin'], ['恒', 'Heng'], ['瑞', 'Rui'], ['宏', 'Hong'], ['金', 'Jin'], ['天', 'Tian'],
  ['盛', 'Sheng'], ['博', 'Bo'], ['泰', 'Tai'], ['诚', 'Cheng'], ['嘉', 'Jia'], ['源', 'Yuan'], ['兴', 'Xing'], ['科', 'Ke'],
  ['信', 'Xin'], ['达', 'Da'], ['海', 'Hai'], ['安', 'An'], ['康', 'Kang'], ['永', 'Yong'], ['丰', 'Feng'], ['沅', 'Yuan'],
  ['澧', 'Li'], ['柳', 'Liu'], ['桃', 'Tao'], ['武', 'Wu'], ['善', 'Shan'], ['卓', 'Zhuo'], ['湘', 'Xiang'], ['汇', 'Hui'],
  ['隆', 'Long'], ['锦', 'Jin'], ['润', 'Run'], ['佳', 'Jia'], ['立', 'Li'], ['创', 'Chuang'],
];
const TRADE_SECOND: Part[] = [
  ['福', 'fu'], ['远', 'yuan'], ['通', 'tong'], ['晟', 'sheng'], ['力', 'li'], ['宇', 'yu'], ['辰', 'chen'], ['航', 'hang'],
  ['川', 'chuan'], ['峰', 'feng'], ['阳', 'yang'], ['弘', 'hong'], ['昌', 'chang'], ['邦', 'bang'], ['捷', 'jie'], ['凯', 'kai'],
  ['铭', 'ming'], ['鼎', 'ding'], ['拓', 'tuo'], ['晖', 'hui'], ['腾', 'teng'], ['盈', 'ying'], ['益', 'yi'], ['骏', 'jun'],
  ['煜', 'yu'], ['澜', 'lan'], ['岳', 'yue'], ['璟', 'jing'],
];
// Trade names of well-known companies, kept out so no sample firm looks like one of them.
const AVOID_TRADE = new Set(['华润', '恒瑞', '海康', '泰康', '信达', '安邦', '华通', '天通', '华阳', '海航', '华邦', '康力', '科力', '德力', '金龙', '天邦', '兴通', '永通', '海昌', '华宇', '天宇', '宏远', '金通']);

interface ChainVocab {
  industries: Part[];
  invention: string[];
  utility: string[];
  design: string[];
  software: string[];
  inventionTemplates: string[];
  niceClasses: number[];
  kindWeights: Record<IpKind, number>;
  techShare: number;
}

const VOCAB: Record<Exclude<IndustrialChain, IndustrialChain.OTHER>, ChainVocab> = {
  [IndustrialChain.EQUIPMENT_MANUFACTURING]: {
    industries: [
      ['机械制造', 'Machinery Manufacturing'], ['重工', 'Heavy Industry'], ['智能装备', 'Intelligent Equipment'],
      ['精密机械', 'Precision Machinery'], ['液压机械', 'Hydraulic Machinery'], ['汽车零部件', 'Auto Parts'],
      ['数控设备', 'CNC Equipment'], ['工程机械', 'Construction Machinery'], ['环保设备', 'Environmental Equipment'],
      ['输送机械', 'Conveyor Machinery'], ['钢结构', 'Steel Structure'], ['铸造', 'Foundry'], ['轴承', 'Bearing'],
      ['纺织机械', 'Textile Machinery'],
    ],
    invention: ['液压油缸', '数控机床主轴', '起重机臂架', '输送带张紧装置', '齿轮箱', '焊接机器人夹具', '行星减速机', '铸件冷却装置', '钢结构连接节点', '轴承密封结构', '上下料机械手', '静电喷涂设备'],
    utility: ['液压油缸缓冲结构', '机床防护罩', '吊钩防脱装置', '托辊支架', '齿轮箱润滑装置', '焊接工装', '减速机散热装置', '砂型输送装置', '螺栓紧固装置', '轴承座', '除尘装置', '喷涂挂具'],
    design: ['数控机床外壳', '电气控制柜', '起重机操作台', '减速机箱体'],
    software: ['设备远程运维平台', '生产执行管理系统', '数控加工仿真软件', '设备故障诊断系统'],
    inventionTemplates: ['一种{o}及其制造方法', '一种{o}的控制方法', '一种高可靠性{o}'],
    niceClasses: [7, 6, 12],
    kindWeights: { INVENTION_PATENT: 0.3, UTILITY_MODEL: 0.5, DESIGN_PATENT: 0.05, TRADEMARK: 0.1, SOFTWARE_COPYRIGHT: 0.05 },
    techShare: 0.6,
  },
  [IndustrialChain.PHARMA_CHEMICALS]: {
    industries: [
      ['制药', 'Pharmaceutical'], ['生物医药', 'Biopharmaceutical'], ['药业', 'Pharmaceutical'], ['医疗器械', 'Medical Devices'],
      ['精细化工', 'Fine Chemicals'], ['化工', 'Chemical'], ['生物科技', 'Biotechnology'], ['涂料', 'Coatings'],
      ['中药饮片', 'TCM Decoction Pieces'], ['医用材料', 'Medical Materials'], ['日化', 'Daily Chemicals'], ['化学试剂', 'Chemical Reagents'],
    ],
    invention: ['缓释片剂', '中药提取物', '注射液', '医用敷料', '水性涂料', '加氢催化剂', '原料药中间体', '抗菌材料', '药用辅料', '表面活性剂', '软胶囊', '含氯消毒剂'],
    utility: ['反应釜搅拌装置', '药品包装瓶', '中药提取罐', '输液袋', '溶剂过滤装置', '真空干燥箱', '涂料分散机', '洁净灌装装置'],
    design: ['药品包装盒', '输液瓶', '药瓶', '医用敷贴'],
    software: ['药品追溯管理系统', 'GMP文件管理系统', '化工安全监测平台', '实验室信息管理系统'],
    inventionTemplates: ['一种{o}及其制备方法', '一种{o}的生产方法', '一种高稳定性{o}'],
    niceClasses: [5, 1, 2, 3, 10],
    kindWeights: { INVENTION_PATENT: 0.45, UTILITY_MODEL: 0.25, DESIGN_PATENT: 0.05, TRADEMARK: 0.2, SOFTWARE_COPYRIGHT: 0.05 },
    techShare: 0.6,
  },
  [IndustrialChain.LIGHT_INDUSTRY_FOOD]: {
    industries: [
      ['食品', 'Food'], ['茶业', 'Tea'], ['油脂', 'Edible Oil'], ['米业', 'Rice'], ['酒业', 'Liquor'], ['包装', 'Packaging'],
      ['纸业', 'Paper'], ['饮品', 'Beverage'], ['调味品', 'Condiments'], ['农产品加工', 'Agricultural Products Processing'],
      ['家居', 'Home Furnishing'], ['服饰', 'Apparel'], ['印务', 'Printing'], ['卤味食品', 'Braised Food'],
    ],
    invention: ['米粉', '植物调和油', '浓香型白酒', '瓦楞纸板', '香辣调味酱', '卤制豆干', '果蔬汁饮料', '可降解食品包装膜', '酱板鸭', '速溶茶粉', '擂茶粉', '黑茶'],
    utility: ['茶叶揉捻机', '米粉挤丝机', '油脂过滤装置', '酒糟输送装置', '纸箱折边装置', '卤制锅', '饮料灌装机', '食品烘干装置'],
    design: ['茶叶包装盒', '酒瓶', '食品包装袋', '米粉礼盒', '调味品瓶'],
    software: ['食品安全追溯系统', '门店进销存系统'],
    inventionTemplates: ['一种{o}及其制备方法', '一种{o}的生产方法', '一种低盐{o}的加工方法'],
    niceClasses: [29, 30, 32, 33, 16, 20, 25],
    kindWeights: { INVENTION_PATENT: 0.1, UTILITY_MODEL: 0.25, DESIGN_PATENT: 0.3, TRADEMARK: 0.35, SOFTWARE_COPYRIGHT: 0 },
    techShare: 0.25,
  },
  [IndustrialChain.POWER_ELECTRONICS]: {
    industries: [
      ['电子科技', 'Electronic Technology'], ['电气', 'Electric'], ['电力设备', 'Power Equipment'], ['新能源科技', 'New Energy Technology'],
      ['光电科技', 'Optoelectronics'], ['智能科技', 'Intelligent Technology'], ['电缆', 'Cable'], ['电池科技', 'Battery Technology'],
      ['半导体', 'Semiconductor'], ['电器', 'Electrical Appliances'], ['电子材料', 'Electronic Materials'], ['储能科技', 'Energy Storage Technology'],
    ],
    invention: ['电池管理系统', '光伏逆变器', '电缆绝缘层', '干式变压器', 'LED驱动电源', '直流充电桩', '储能电池模组', '多层电路板', '高压开关柜', '电机控制器', '电流传感器', '锂电池隔膜'],
    utility: ['光伏接线盒', '电缆桥架', '开关柜散热结构', '充电枪', '电池包固定支架', '电路板检测治具', '变压器绕组骨架', '防雷接地装置'],
    design: ['充电桩外壳', '电源适配器', '储能柜', 'LED灯具', '智能电表外壳'],
    software: ['电池管理软件', '能耗监测系统', '配电房智能巡检系统', '充电运营管理平台', '嵌入式控制软件'],
    inventionTemplates: ['一种{o}及其制造方法', '一种{o}的控制方法', '一种高可靠性{o}'],
    niceClasses: [9, 11],
    kindWeights: { INVENTION_PATENT: 0.3, UTILITY_MODEL: 0.35, DESIGN_PATENT: 0.05, TRADEMARK: 0.05, SOFTWARE_COPYRIGHT: 0.25 },
    techShare: 0.75,
  },
};

// Roughly the zone's mix; 大度新材 makes the 40th power-electronics firm.
const CHAIN_COUNTS: [IndustrialChain, number][] = [
  [IndustrialChain.EQUIPMENT_MANUFACTURING, 55],
  [IndustrialChain.PHARMA_CHEMICALS, 45],
  [IndustrialChain.LIGHT_INDUSTRY_FOOD, 45],
  [IndustrialChain.POWER_ELECTRONICS, 39],
];

// Batches of certificates; a 3-year certificate from the first list has lapsed by AS_OF, from the second has not.
const HTE_LAPSED_BATCHES = ['2020-12-01', '2021-09-18', '2021-12-15', '2022-10-18', '2022-12-12', '2023-10-16'];
const HTE_CURRENT_BATCHES = ['2023-11-30', '2023-12-08', '2024-10-29', '2024-12-06', '2025-11-20', '2025-12-05'];
const SPECIALIZED_BATCHES = ['2022-07-15', '2023-06-30', '2024-07-10', '2025-06-20'];
const LITTLE_GIANT_BATCHES = ['2023-07-14', '2024-08-12', '2025-08-08'];

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

interface Draft {
  firm: SeedFirm;
  vocab: ChainVocab;
  trade: Part;
  tech: boolean;
  revenueFen: number;
}

function generateFirms(): SeedFirm[] {
  const rand = mulberry32(SEED);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number): boolean => rand() < p;
  const logUniform = (lo: number, hi: number): number => Math.round(Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo))));
  const dateBetween = (from: string, to: string): string => isoOf(dayNumber(from) + int(0, dayNumber(to) - dayNumber(from)));
  /** Like dateBetween, but most dates fall late in the range: firms file more IP as they grow. */
  const lateDateBetween = (from: string, to: string): string =>
    isoOf(dayNumber(from) + Math.floor(Math.sqrt(rand()) * (dayNumber(to) - dayNumber(from) + 1)));
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let x = rand() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
      if ((x -= w) < 0) return k;
    }
    return entries[entries.length - 1][0];
  };

  const usedCodes = new Set([DADU.creditCode.slice(0, 17)]);
  const usedTrades = new Set<string>(['大度']);
  const usedIp = new Set(DADU.ipAssets.map((a) => `${a.kind}:${a.number}`));
  const hteSerial: Record<string, number> = { '2020': 318, '2023': 872 };
  const usedHte = new Set(DADU.qualifications.map((q) => q.certificateNo));

  const uniqueCode = (founded: string): string => {
    for (;;) {
      let division: string;
      let org: string;
      if (founded >= '2015-10-01') {
        division = chance(0.8) ? '430700' : '430703';
        org = `MA4${pick('LMNPQRT'.split(''))}${Array.from({ length: 5 }, () => pick(CREDIT_CODE_ALPHABET.split(''))).join('')}`;
      } else {
        division = pick(['430700', '430700', '430702', '430703']);
        org = orgCodeWithCheck(`${pick(['5', '6', '7'])}${String(int(0, 9_999_999)).padStart(7, '0')}`);
      }
      const code = creditCode(division, org);
      if (!usedCodes.has(code.slice(0, 17))) {
        usedCodes.add(code.slice(0, 17));
        return code;
      }
    }
  };

  const uniqueTrade = (): Part => {
    for (;;) {
      const [a, b] = [pick(TRADE_FIRST), pick(TRADE_SECOND)];
      const zh = a[0] + b[0];
      if (a[0] === b[0] || AVOID_TRADE.has(zh) || usedTrades.has(zh)) continue;
      usedTrades.add(zh);
      return [zh, a[1] + b[1]];
    }
  };

  // ---- base facts ----
  const chains = shuffle(CHAIN_COUNTS.flatMap(([chain, n]) => Array.from({ length: n }, () => chain)));
  const drafts: Draft[] = chains.map((chain, i) => {
    const vocab = VOCAB[chain as keyof typeof VOCAB];
    const sizeClass = weighted({ LARGE: 0.04, MEDIUM: 0.2, SMALL: 0.52, MICRO: 0.24 }) as SizeClass;
    const foundedOn =
      sizeClass === SizeClass.LARGE || sizeClass === SizeClass.MEDIUM
        ? dateBetween('1995-01-01', '2015-12-31')
        : sizeClass === SizeClass.SMALL
          ? dateBetween('1998-01-01', '2021-12-31')
          : dateBetween('2008-01-01', '2021-12-31');
    // MIIT industrial thresholds: micro < 20 staff or < 3M yuan; small < 300 and < 20M; medium < 1000 and < 400M.
    const [employees, revenueYuan] =
      sizeClass === SizeClass.MICRO ? [int(3, 19), logUniform(600_000, 2_990_000)]
      : sizeClass === SizeClass.SMALL ? [20 + Math.floor(279 * rand() ** 1.5), logUniform(3_000_000, 19_900_000)]
      : sizeClass === SizeClass.MEDIUM ? [int(300, 999), logUniform(20_000_000, 399_000_000)]
      : [int(1000, 3200), logUniform(400_000_000, 2_500_000_000)];
    const revenueFen = revenueYuan * 100 + int(0, 99);

    const recent = foundedOn >= '2020-01-01';
    const aShare = sizeClass === SizeClass.LARGE || sizeClass === SizeClass.MEDIUM ? 0.7 : sizeClass === SizeClass.SMALL ? 0.5 : 0.35;
    const taxCreditGrade =
      (sizeClass === SizeClass.MICRO && chance(0.12)) || (recent && chance(0.3)) ? TaxCreditGrade.M
      : chance(aShare) ? TaxCreditGrade.A
      : chance(0.9) ? TaxCreditGrade.B
      : TaxCreditGrade.C;

    const trade = uniqueTrade();
    const industry = pick(vocab.industries);
    const [place, placeEn] = chance(0.8) ? ['常德', 'Changde'] : chance(0.5) ? ['常德市', 'Changde'] : ['湖南', 'Hunan'];
    const suffix = (sizeClass === SizeClass.LARGE || sizeClass === SizeClass.MEDIUM) && chance(0.4) ? '股份有限公司' : chance(0.1) ? '有限责任公司' : '有限公司';

    const firm: SeedFirm = {
      key: `firm-${String(i + 1).padStart(3, '0')}`,
      creditCode: uniqueCode(foundedOn),
      name: `${place}${trade[0]}${industry[0]}${suffix}`,
      nameEn: `${placeEn} ${trade[1]} ${industry[1]} Co., Ltd.`,
      chain,
      sizeClass,
      foundedOn,
      employees,
      annualRevenue: yuan(revenueFen),
      rdSpend: '0.00',
      taxCreditGrade,
      isFictional: true,
      sourceNote: FICTIONAL_NOTE,
      qualifications: [],
      ipAssets: [],
    };
    return { firm, vocab, trade, tech: chance(vocab.techShare), revenueFen };
  });

  const has = (d: Draft, kind: QualificationKind) => d.firm.qualifications.some((q) => q.kind === kind);
  const add = (d: Draft, q: SeedQualification) => d.firm.qualifications.push(q);
  const firstBatchAfter = (batches: string[], notBefore: string): string | undefined => shuffle(batches).find((b) => b >= notBefore);

  // ---- 高新技术企业: 3-year certificates; 14 lapsed without renewal, the rest current (half of them renewals) ----
  const hteCertificate = (validFrom: string): string => {
    const year = validFrom.slice(0, 4);
    for (;;) {
      hteSerial[year] = (hteSerial[year] ?? int(100, 300)) + int(1, 40);
      const no = `GR${year}43${String(hteSerial[year]).padStart(6, '0')}`;
      if (!usedHte.has(no)) {
        usedHte.add(no);
        return no;
      }
    }
  };
  const hteFirms = shuffle(drafts.filter((d) => d.tech && d.firm.sizeClass !== SizeClass.MICRO && d.firm.foundedOn <= '2021-06-30')).slice(0, 60);
  hteFirms.forEach((d, i) => {
    const notBefore = addDays(d.firm.foundedOn, 365);
    if (i < 14) {
      const vf = firstBatchAfter(HTE_LAPSED_BATCHES, notBefore) ?? HTE_LAPSED_BATCHES[HTE_LAPSED_BATCHES.length - 1];
      add(d, { kind: QualificationKind.HIGH_TECH_ENTERPRISE, certificateNo: hteCertificate(vf), validFrom: vf, validUntil: termEnd(vf, 3) });
      return;
    }
    const vf = pick(HTE_CURRENT_BATCHES);
    const previous = shiftYears(vf, -3);
    if (previous >= notBefore && chance(0.5)) {
      add(d, { kind: QualificationKind.HIGH_TECH_ENTERPRISE, certificateNo: hteCertificate(previous), validFrom: previous, validUntil: addDays(vf, -1) });
    }
    add(d, { kind: QualificationKind.HIGH_TECH_ENTERPRISE, certificateNo: hteCertificate(vf), validFrom: vf, validUntil: termEnd(vf, 3) });
  });

  // ---- 科技型中小企业: registered each year; ≤ 500 staff and ≤ 200M yuan revenue ----
  const techSmeFirms = shuffle(
    drafts.filter((d) => d.tech && d.firm.sizeClass !== SizeClass.LARGE && d.firm.employees <= 500 && d.revenueFen <= 200_000_000_00),
  ).slice(0, 80);
  techSmeFirms.forEach((d, i) => {
    if (i < 62) {
      const vf = dateBetween('2026-03-01', '2026-10-31');
      if (chance(0.4)) add(d, { kind: QualificationKind.TECH_SME, validFrom: shiftYears(vf, -1), validUntil: addDays(vf, -1) });
      add(d, { kind: QualificationKind.TECH_SME, validFrom: vf, validUntil: termEnd(vf, 1) });
    } else {
      const year = int(2022, 2025);
      const vf = dateBetween(`${year}-03-01`, `${year}-10-31`);
      add(d, { kind: QualificationKind.TECH_SME, validFrom: vf, validUntil: termEnd(vf, 1) });
    }
  });

  // ---- 专精特新: 3-year recognition, some 2022 recognitions renewed in 2025 ----
  const specializedFirms = shuffle(
    drafts.filter((d) => d.tech && (d.firm.sizeClass === SizeClass.SMALL || d.firm.sizeClass === SizeClass.MEDIUM) && d.firm.foundedOn <= '2020-06-30'),
  ).slice(0, 25);
  for (const d of specializedFirms) {
    const vf = pick(SPECIALIZED_BATCHES);
    add(d, { kind: QualificationKind.SPECIALIZED_SME, validFrom: vf, validUntil: termEnd(vf, 3) });
    if (vf === '2022-07-15' && chance(0.5)) add(d, { kind: QualificationKind.SPECIALIZED_SME, validFrom: '2025-07-15', validUntil: termEnd('2025-07-15', 3) });
  }

  // ---- 小巨人: a few current specialized firms, recognised after their provincial recognition ----
  const currentSpecialized = (d: Draft) => d.firm.qualifications.find((q) => q.kind === QualificationKind.SPECIALIZED_SME && q.validUntil >= AS_OF);
  const giants = specializedFirms
    .filter((d) => currentSpecialized(d))
    .sort((a, b) => Number(b.firm.sizeClass === SizeClass.MEDIUM) - Number(a.firm.sizeClass === SizeClass.MEDIUM))
    .slice(0, 5);
  for (const d of giants) {
    const spec = d.firm.qualifications.find((q) => q.kind === QualificationKind.SPECIALIZED_SME)!;
    const vf = firstBatchAfter(LITTLE_GIANT_BATCHES, addDays(spec.validFrom, 1)) ?? LITTLE_GIANT_BATCHES[LITTLE_GIANT_BATCHES.length - 1];
    add(d, { kind: QualificationKind.LITTLE_GIANT, validFrom: vf, validUntil: termEnd(vf, 3) });
  }

  // ---- R&D spend: high-tech firms meet the HTE intensity floor (5 % / 4 % / 3 % by revenue band) ----
  for (const d of drafts) {
    let bps: number;
    if (has(d, QualificationKind.HIGH_TECH_ENTERPRISE)) {
      const band = d.revenueFen < 50_000_000_00 ? 500 : d.revenueFen <= 200_000_000_00 ? 400 : 300;
      bps = int(band, band + 300);
    } else {
      bps = d.tech ? int(200, 600) : int(30, 250);
    }
    d.firm.rdSpend = yuan(Math.floor((d.revenueFen * bps) / 10_000));
  }

  // ---- IP assets: every high-tech and specialized firm, topped up with others to about 70 owners ----
  const makeAsset = (d: Draft, kind: IpKind, owned: Set<string>): SeedIpAsset => {
    const v = d.vocab;
    const earliest = laterOf(addDays(d.firm.foundedOn, 90), '2006-01-01');
    const filed = lateDateBetween(earliest, '2025-06-30');
    const year = Number(filed.slice(0, 4));
    let number = '';
    let title = '';
    let expiresOn = '';
    const fresh = (make: () => string) => {
      for (;;) {
        const n = make();
        if (!usedIp.has(`${kind}:${n}`)) {
          usedIp.add(`${kind}:${n}`);
          return n;
        }
      }
    };
    const freshTitle = (make: () => string) => {
      for (let tries = 0; ; tries++) {
        const t = make();
        if (!owned.has(t) || tries > 20) {
          owned.add(t);
          return t;
        }
      }
    };
    switch (kind) {
      case IpKind.INVENTION_PATENT:
        number = fresh(() => patentNumber(year, 1, int(100_000, 1_999_999)));
        title = freshTitle(() => pick(v.inventionTemplates).replace('{o}', pick(v.invention)));
        expiresOn = termEnd(filed, 20);
        break;
      case IpKind.UTILITY_MODEL:
        number = fresh(() => patentNumber(year, 2, int(100_000, 2_999_999)));
        title = freshTitle(() => `一种${pick(v.utility)}`);
        expiresOn = termEnd(filed, 10);
        break;
      case IpKind.DESIGN_PATENT:
        number = fresh(() => patentNumber(year, 3, int(100_000, 999_999)));
        title = freshTitle(() => pick(v.design));
        // Designs filed from 2021-06-01 (amended Patent Law) run 15 years, earlier ones 10.
        expiresOn = termEnd(filed, filed >= '2021-06-01' ? 15 : 10);
        break;
      case IpKind.TRADEMARK: {
        number = fresh(() => String(int(10_000_000, 69_999_999)));
        title = freshTitle(() => `"${d.trade[0]}"注册商标(第${pick(v.niceClasses)}类)`);
        const firstTerm = termEnd(filed, 10);
        expiresOn = firstTerm < AS_OF && chance(0.6) ? termEnd(filed, 20) : firstTerm;
        break;
      }
      case IpKind.SOFTWARE_COPYRIGHT: {
        const published = Math.max(year, 2010);
        number = fresh(() => `${published}SR${String(int(100_000, 1_999_999)).padStart(7, '0')}`);
        title = freshTitle(() => `${d.trade[0]}${pick(v.software)}V${int(1, 3)}.0`);
        // A legal person's software copyright lasts to the end of the 50th year after publication.
        expiresOn = `${published + 50}-12-31`;
        break;
      }
    }
    const live = expiresOn >= AS_OF;
    const isPatent = kind === IpKind.INVENTION_PATENT || kind === IpKind.UTILITY_MODEL || kind === IpKind.DESIGN_PATENT;
    const asset: SeedIpAsset = { kind, number, title, expiresOn, annualFeePaid: !(isPatent && live && chance(0.07)), pledged: false };
    const appraisalFrom = laterOf(addDays(filed, 365), '2021-01-01');
    if (live && appraisalFrom <= '2026-11-20' && chance(0.5)) {
      const [lo, hi] =
        kind === IpKind.INVENTION_PATENT ? [800_000, 9_000_000]
        : kind === IpKind.UTILITY_MODEL ? [100_000, 1_500_000]
        : kind === IpKind.DESIGN_PATENT ? [50_000, 400_000]
        : kind === IpKind.TRADEMARK ? [200_000, 6_000_000]
        : [100_000, 2_000_000];
      asset.appraisedValue = `${Math.round(logUniform(lo, hi) / 1000) * 1000}.00`;
      asset.appraiser = pick(APPRAISERS);
      asset.appraisedOn = dateBetween(appraisalFrom, '2026-11-20');
      asset.pledged = asset.annualFeePaid && chance(0.35);
    }
    return asset;
  };

  const recognised = drafts.filter((d) => has(d, QualificationKind.HIGH_TECH_ENTERPRISE) || has(d, QualificationKind.SPECIALIZED_SME));
  const others = shuffle(drafts.filter((d) => !recognised.includes(d))).slice(0, Math.max(0, 70 - recognised.length));
  for (const d of [...recognised, ...others]) {
    const hte = has(d, QualificationKind.HIGH_TECH_ENTERPRISE);
    const n = recognised.includes(d) ? int(2, 5) : int(1, 3);
    const owned = new Set<string>();
    for (let k = 0; k < n; k++) {
      const kind = hte && k === 0 ? IpKind.INVENTION_PATENT : weighted(d.vocab.kindWeights);
      d.firm.ipAssets.push(makeAsset(d, kind, owned));
    }
  }

  // ---- knowledge-value credit evaluation: most tech firms ----
  for (const d of drafts) {
    if (!d.tech || !chance(0.9)) continue;
    const bonus = (has(d, QualificationKind.HIGH_TECH_ENTERPRISE) ? 8 : 0) + (has(d, QualificationKind.SPECIALIZED_SME) ? 4 : 0) + (has(d, QualificationKind.LITTLE_GIANT) ? 6 : 0) + Math.min(d.firm.ipAssets.length, 5);
    const score = Math.min(100, int(40, 84) + bonus);
    d.firm.knowledgeValueScore = score;
    d.firm.knowledgeValueGrade = knowledgeValueGrade(score);
  }

  for (const d of drafts) d.firm.qualifications.sort((a, b) => a.kind.localeCompare(b.kind) || a.validFrom.localeCompare(b.validFrom));
  return drafts.map((d) => d.firm);
}

export const FIRMS: SeedFirm[] = [DADU, ...generateFirms()];
