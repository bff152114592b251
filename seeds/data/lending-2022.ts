import { addMonths } from '../../src/common/dates';
import { Dec } from '../../src/common/decimal';
import { QualificationKind, SizeClass } from '../../src/modules/firm/firm.enums';
import { RateKind } from '../../src/modules/product/product.enums';
import { FIRMS } from './firms';
import { PRODUCTS } from './products';
import { mulberry32 } from './random';
import type { SeedFirm, SeedLoan, SeedPool, SeedProduct } from './types';

/**
 * The zone's lending as it stood on 2022-12-31, built so that every published figure of the
 * 2022 summary (../shared/seed/FACTS.md) comes out of the data exactly:
 *
 *  F3  all loans disbursed in 2022 ........................ 3,003,000,000
 *  F4  Tech Guarantee Loan pool, contributed ................. 7,000,000
 *  F5  its balance ........................................... 3,200,000
 *  F6  tech firms it currently serves ............................... 6
 *  F7  its covered outstanding .............................. 23,696,000
 *  F8  Knowledge Value Credit Loan pool, contributed ......... 5,000,000
 *  F9  firms with loans disbursed under it in 2022, and total .. 28; 68,745,000
 *  F10 IP-pledge loans in 2022, 大度新材 among the borrowers .. 73,325,000
 *
 * What the source does not say is chosen here and said so:
 *  - The 3,800,000 that left the tech guarantee pool (7,000,000 in, 3,200,000 left) is modelled as
 *    compensation on two defaulted loans (outstanding 4,000,000 and 3,600,000 at default, pool
 *    share 0.5), each claimed, paid and the remainder written off by the bank in 2022.
 *  - Tech guarantee pool: leverage cap 10 (its 23,696,000 / 3,200,000 = 7.405 fits), pool share
 *    0.5, per-firm cap 5,000,000, warning 8 %, stop 15 %. Each claim was filed while the pool's
 *    bad-loan ratio was below 15 % (3.6 of 31.4 million, then 4.0 of 27.8 million).
 *  - Knowledge value pool: it lent 68,745,000 on 5,000,000, 13.75 times its contribution, with
 *    every loan outstanding at once in late 2022, so its leverage cap is 15 (a cap of 10 could not
 *    have held); pool share 0.8, per-firm cap 5,000,000, warning 5 %, stop 10 %. No defaults.
 *  - IP-pledge loans are not covered by any pool: the source names no IP-pledge pool figures.
 *  - The rest of F3 is ordinary lending, mostly to the zone's large and medium firms.
 * Every firm but 大度新材 is invented (see firms.ts); every amount, date and rate is illustrative.
 */

const random = mulberry32(20221231);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pad = (n: number) => String(n).padStart(2, '0');
/** A date in 2022 between two month numbers, day 1..28. */
const date2022 = (fromMonth: number, toMonth: number) => `2022-${pad(between(fromMonth, toMonth))}-${pad(between(1, 28))}`;
const yuan = (d: Dec) => d.toFixed(2);
const wan = (n: number) => new Dec(n).times(10000);

const product = (key: string): SeedProduct => {
  const p = PRODUCTS.find((x) => x.key === key);
  if (!p) throw new Error(`lending-2022: no product ${key}`);
  return p;
};

let serial = 0;
function loan(p: SeedProduct, firm: SeedFirm, principal: Dec, disbursedOn: string, termMonths: number): SeedLoan {
  serial++;
  const bank = p.bankKey.toUpperCase();
  const base: SeedLoan = {
    contractNo: `${bank}-2022-${String(serial).padStart(4, '0')}`,
    productKey: p.key,
    firmKey: firm.key,
    principal: yuan(principal),
    termMonths,
    disbursedOn,
    repayments: [],
  };
  if (p.rateKind === RateKind.FIXED) {
    const lo = new Dec(p.minRate!);
    const steps = new Dec(p.maxRate!).minus(lo).div('0.0005').floor().toNumber();
    base.rate = lo.plus(new Dec('0.0005').times(between(0, steps))).toFixed(4);
  } else {
    base.spreadBps = p.minSpreadBps! + 5 * between(0, Math.floor((p.maxSpreadBps! - p.minSpreadBps!) / 5));
  }
  // Loans that matured within 2022 were repaid on the day.
  const maturesOn = addMonths(disbursedOn, termMonths);
  if (maturesOn <= '2022-12-31') base.repayments.push({ paidOn: maturesOn, principal: base.principal });
  return base;
}

const holds = (f: SeedFirm, kind: QualificationKind) => f.qualifications.some((q) => q.kind === kind && q.validFrom <= '2022-12-31');
const used = new Set<string>();
const take = (f: SeedFirm) => {
  used.add(f.key);
  return f;
};
const free = (f: SeedFirm) => !used.has(f.key);

// ---- Tech Guarantee Loan pool (F4 to F7) ----
const techFirms = FIRMS.filter((f) => f.isFictional && f.sizeClass !== SizeClass.LARGE && (holds(f, QualificationKind.TECH_SME) || holds(f, QualificationKind.HIGH_TECH_ENTERPRISE)));
const techProductFor = (f: SeedFirm) => (holds(f, QualificationKind.TECH_SME) ? product('ccb-kjdbd') : product('csb-kjdbd'));

const TG_LOANS: SeedLoan[] = [];
// Six loans still covered: 5.0 + 4.8 + 4.5 + (4.0 - 0.104 repaid) + 3.0 + 2.5 million = 23,696,000 outstanding (F7).
for (const [i, principal] of [500, 480, 450, 400, 300, 250].entries()) {
  const firm = take(techFirms[i * 3]);
  const l = loan(techProductFor(firm), firm, wan(principal), date2022(3, 11), 36);
  if (principal === 400) l.repayments.push({ paidOn: '2022-12-20', principal: '104000.00' });
  l.coverage = { poolKey: 'tech-guarantee', enrolledOn: l.disbursedOn };
  TG_LOANS.push(l);
}
// Two that defaulted: claims of 0.5 x 3,600,000 and 0.5 x 4,000,000 = 3,800,000 paid out (F4 - F5).
for (const [i, d] of [
  { principal: 360, disbursedOn: '2022-01-18', defaultedOn: '2022-07-15', filedOn: '2022-07-20', decidedOn: '2022-08-05', paidOn: '2022-08-12', writtenOffOn: '2022-09-30' },
  { principal: 400, disbursedOn: '2022-02-22', defaultedOn: '2022-10-10', filedOn: '2022-10-14', decidedOn: '2022-10-28', paidOn: '2022-11-08', writtenOffOn: '2022-12-15' },
].entries()) {
  const firm = take(techFirms[20 + i * 3]);
  const l = loan(techProductFor(firm), firm, wan(d.principal), d.disbursedOn, 36);
  l.coverage = { poolKey: 'tech-guarantee', enrolledOn: d.disbursedOn };
  l.default = { defaultedOn: d.defaultedOn, filedOn: d.filedOn, decidedOn: d.decidedOn, paidOn: d.paidOn, voucherRef: `常经开财代偿〔2022〕${i + 1}号`, writtenOffOn: d.writtenOffOn };
  TG_LOANS.push(l);
}

// ---- Knowledge Value Credit Loan pool (F8, F9): 28 firms, 68,745,000 ----
const KV_AMOUNTS = [500, 480, 450, 420, 400, 380, 350, 320, 300, 300, 280, 260, 250, 240, 220, 200, 200, 180, 160, 150, 150, 120, 100, 100, 80, 70, 50].map(wan);
KV_AMOUNTS.push(new Dec('68745000').minus(KV_AMOUNTS.reduce((a, b) => a.plus(b), new Dec(0))));
// Knowledge value credit goes to firms with a knowledge-value score, best first.
const kvFirms = FIRMS.filter((f) => free(f) && f.isFictional && f.knowledgeValueScore != null).sort((a, b) => b.knowledgeValueScore! - a.knowledgeValueScore! || a.key.localeCompare(b.key));
const KV_LOANS: SeedLoan[] = KV_AMOUNTS.map((amount, i) => {
  const firm = take(kvFirms[i]);
  const l = loan(i % 2 ? product('csb-zsjz') : product('boc-zsjz'), firm, amount, date2022(2, 11), 12);
  l.coverage = { poolKey: 'knowledge-value', enrolledOn: l.disbursedOn };
  return l;
});

// ---- IP-pledge loans (F10): 大度新材 and others, 73,325,000 ----
/** What a firm's IP could secure in 2022: appraised, in force at the end of 2022, fees paid. The loader marks it pledged. */
const pledgedValue = (f: SeedFirm) =>
  f.ipAssets.filter((a) => a.appraisedValue && a.annualFeePaid && a.expiresOn > '2022-12-31').reduce((s, a) => s.plus(a.appraisedValue!), new Dec(0));
const IP_LOANS: SeedLoan[] = [];
{
  const dadu = take(FIRMS.find((f) => f.key === 'dadu')!);
  const icbc = product('icbc-zscq');
  // 25,000,000 against 62,400,000 of appraised patents at the product's 0.5 loan-to-value.
  IP_LOANS.push(loan(icbc, dadu, wan(2500), '2022-05-16', 36));
  let remaining = new Dec('73325000').minus(wan(2500));
  const candidates = FIRMS.filter((f) => f.isFictional && pledgedValue(f).gt(0)).sort((a, b) => pledgedValue(b).cmp(pledgedValue(a)) || a.key.localeCompare(b.key));
  for (const firm of candidates) {
    if (remaining.isZero()) break;
    const p = pick([product('icbc-zscq'), product('ccb-zscq'), product('csb-zscq')]);
    const ltv = new Dec(PRODUCTS.find((x) => x.key === p.key)!.loanToValue!);
    // What the pledged IP supports, in whole 10,000s, within the product's range.
    const ceiling = Dec.min(pledgedValue(firm).times(ltv), new Dec(p.maxAmount)).div(10000).floor().times(10000);
    if (ceiling.lt(p.minAmount)) continue;
    const amount = Dec.min(ceiling, remaining);
    if (amount.lt(p.minAmount)) continue;
    IP_LOANS.push(loan(p, firm, amount, date2022(1, 12), 24));
    remaining = remaining.minus(amount);
  }
  if (!remaining.isZero()) throw new Error(`lending-2022: IP-pledge loans fall ${yuan(remaining)} short of F10`);
}

// ---- Everything else lent in 2022 (the rest of F3) ----
const OTHER_LOANS: SeedLoan[] = [];
{
  const sme = ['icbc-jykd', 'rcb-fxed', 'ccb-yunshui', 'abc-nsed', 'abc-dyed', 'rcb-cfdy', 'ccb-exintong', 'abc-zfdb'].map(product);
  const smeFirms = FIRMS.filter((f) => free(f) && (f.sizeClass === SizeClass.SMALL || f.sizeClass === SizeClass.MICRO));
  for (const firm of smeFirms.slice(0, 90)) {
    const p = pick(sme);
    const lo = new Dec(p.minAmount).div(10000).toNumber();
    const hi = Dec.min(new Dec(p.maxAmount), wan(800)).div(10000).toNumber();
    OTHER_LOANS.push(loan(p, take(firm), wan(between(lo, hi)), date2022(1, 12), between(p.minTermMonths, p.maxTermMonths)));
  }
  const corporate = ['icbc-xmdk', 'ccb-ldzj', 'abc-jgdk'].map(product);
  const bigFirms = FIRMS.filter((f) => f.isFictional && (f.sizeClass === SizeClass.LARGE || f.sizeClass === SizeClass.MEDIUM));
  const lentSoFar = [...TG_LOANS, ...KV_LOANS, ...IP_LOANS, ...OTHER_LOANS].reduce((s, l) => s.plus(l.principal), new Dec(0));
  let remaining = new Dec('3003000000').minus(lentSoFar);
  let i = 0;
  while (remaining.gt(wan(20000))) {
    const firm = bigFirms[i++ % bigFirms.length];
    const p = corporate[i % corporate.length];
    const fits = p.key !== 'abc-jgdk' || firm.chain !== 'LIGHT_INDUSTRY_FOOD';
    const amount = wan(between(2000, 15000));
    OTHER_LOANS.push(loan(fits ? p : corporate[0], firm, amount, date2022(1, 12), fits ? between(Math.max(p.minTermMonths, 24), Math.min(p.maxTermMonths, 60)) : 60));
    remaining = remaining.minus(amount);
  }
  // The last loan takes what is left, so that 2022 adds up to F3 exactly.
  OTHER_LOANS.push(loan(corporate[0], bigFirms[0], remaining, '2022-12-26', 60));
}

export const LOANS_2022: SeedLoan[] = [...TG_LOANS, ...KV_LOANS, ...IP_LOANS, ...OTHER_LOANS];

export const POOLS: SeedPool[] = [
  {
    key: 'tech-guarantee',
    name: '常德经开区"科技担保贷"风险补偿资金池',
    kind: 'TECH_GUARANTEE',
    description: '经开区财政出资,与合作银行、担保机构共担科技型中小企业贷款风险。',
    leverageCap: '10',
    poolShare: '0.5',
    perFirmCap: '5000000.00',
    warningRatio: '0.08',
    stopRatio: '0.15',
    establishedOn: '2021-06-30',
    partnerBankKeys: ['ccb', 'csb', 'icbc', 'hnb'],
    productKeys: ['ccb-kjdbd', 'csb-kjdbd', 'icbc-kjdbd', 'hnb-kjdbd'],
    sourceNote: '入池700万元、余额320万元、服务6家科技型企业、担保贷款余额2369.6万元出自2022年营商环境综述(F4–F7);参数与流出原因为示例 / Figures F4–F7 from the 2022 summary; parameters and the cause of the outflow are illustrative',
    entries: [
      { kind: 'CONTRIBUTION', amount: '5000000.00', entryDate: '2021-06-30', voucherRef: '常经开财〔2021〕入池1号', memo: '经开区财政首期入池 / First contribution from the zone' },
      { kind: 'CONTRIBUTION', amount: '2000000.00', entryDate: '2022-03-31', voucherRef: '常经开财〔2022〕入池1号', memo: '经开区财政追加入池 / Further contribution from the zone' },
    ],
  },
  {
    key: 'knowledge-value',
    name: '常德经开区"知识价值信用贷"风险补偿资金池',
    kind: 'KNOWLEDGE_VALUE',
    description: '以企业知识价值信用评价结果为依据发放信用贷款,资金池分担本金损失。',
    leverageCap: '15',
    poolShare: '0.8',
    perFirmCap: '5000000.00',
    warningRatio: '0.05',
    stopRatio: '0.1',
    establishedOn: '2022-03-15',
    partnerBankKeys: ['boc', 'csb', 'hnb', 'bocom'],
    productKeys: ['boc-zsjz', 'csb-zsjz', 'hnb-zsjz', 'bocom-zsjz'],
    sourceNote: '入池500万元、28家企业获贷6874.5万元出自2022年营商环境综述(F8、F9);参数为示例 / Figures F8, F9 from the 2022 summary; parameters are illustrative',
    entries: [{ kind: 'CONTRIBUTION', amount: '5000000.00', entryDate: '2022-03-15', voucherRef: '常经开财〔2022〕入池2号', memo: '经开区财政入池 / Contribution from the zone' }],
  },
];
