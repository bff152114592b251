import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Dec } from '../../common/decimal';
import { Connection } from '../../common/pagination';
import { MoneyScalar, RateScalar } from '../../common/scalars';
import { Criterion, LimitKind, type Limit, type PoolStanding, type ProductTerms, type SqlCriterion, type Verdict } from '../product/eligibility';
import { CollateralKind } from '../product/product.enums';
import { bi, type Bilingual } from '../../common/errors';
import { IndustrialChain, SizeClass } from '../firm/firm.enums';

registerEnumType(Criterion, {
  name: 'MatchCriterion',
  description: '匹配条件 / A matching criterion',
  valuesConfig: {
    PRODUCT_STATUS: { description: '产品已发布 / The product is published' },
    PRODUCT_VALIDITY: { description: '今天在产品有效期内 / Today is within the product\'s validity dates' },
    CHAIN: { description: '产业链在产品服务范围内 / The firm\'s industrial chain is served' },
    SIZE_CLASS: { description: '企业规模在产品服务范围内 / The firm\'s size class is served' },
    QUALIFICATION: { description: '须持有的资质今天有效(subject为资质类别) / A required qualification is valid today (subject: the kind)' },
    YEARS_OPERATING: { description: '经营年限 / Years in operation' },
    REVENUE: { description: '上年营业收入 / Revenue in the last year' },
    TAX_GRADE: { description: '纳税信用等级 / Tax credit grade' },
    IP_REQUIRED: { description: '拥有有效知识产权 / Owns IP in force' },
    AMOUNT: { description: '申请金额在产品额度范围内 / The amount asked for is within the product\'s range' },
    TERM: { description: '申请期限在产品期限范围内 / The term asked for is within the product\'s range' },
    COLLATERAL: { description: '企业可提供产品接受的担保 / The firm can offer security the product accepts' },
    IP_PLEDGE_VALUE: { description: '可质押知识产权评估值×质押率足以覆盖贷款 / Pledgeable IP times the loan-to-value covers the loan' },
    POOL: { description: '挂钩的风险补偿资金池运行中、未达暂停线且有剩余额度 / The product\'s risk pool is active, below its stop ratio, with headroom' },
    POOL_FIRM_CAP: { description: '资金池单户上限尚有余量 / Room is left under the pool\'s per-firm cap' },
  },
});

registerEnumType(LimitKind, {
  name: 'BorrowingLimitKind',
  description: '可贷额度的上限来源 / What limits the amount a firm can borrow',
  valuesConfig: {
    PRODUCT_MAX: { description: '产品最高额度 / The product\'s largest loan' },
    IP_PLEDGE_VALUE: { description: '可质押知识产权评估值×质押率 / Pledgeable IP appraised value times the loan-to-value' },
    POOL_FIRM_CAP: { description: '资金池单户上限减企业在保余额 / The pool\'s per-firm cap less the firm\'s covered outstanding' },
    POOL_HEADROOM: { description: '资金池剩余额度 / The pool\'s headroom' },
  },
});

@ObjectType({ description: '对一项条件的判断 / The verdict on one criterion' })
export class CriterionVerdict {
  @Field(() => Criterion) criterion!: Criterion;
  @Field(() => String, { nullable: true, description: '条件所指对象,如资质类别 / What the criterion is about, e.g. the qualification kind' }) subject!: string | null;
  @Field() passed!: boolean;
  @Field({ description: '机器可读代码,如 QUALIFICATION_EXPIRED;通过时为 <条件>_OK / Machine-readable code, e.g. QUALIFICATION_EXPIRED; <CRITERION>_OK when passed' }) code!: string;
  @Field({ description: '说明(中文) / The reason, in Chinese' }) messageZh!: string;
  @Field({ description: '说明(英文) / The reason, in English' }) messageEn!: string;

  static of(v: Verdict): CriterionVerdict {
    return Object.assign(new CriterionVerdict(), { criterion: v.criterion, subject: v.subject ?? null, passed: v.passed, code: v.code, messageZh: v.message.zh, messageEn: v.message.en });
  }

  /** The verdict without the figures behind it: for a firm outside the caller's scope (see FirmMatch). */
  static blind(v: Verdict): CriterionVerdict {
    const m = blindMessage(v.criterion, v.passed);
    return Object.assign(new CriterionVerdict(), { criterion: v.criterion, subject: v.subject ?? null, passed: v.passed, code: v.code, messageZh: m.zh, messageEn: m.en });
  }
}

const CRITERION_NAMES: Record<Criterion, Bilingual> = {
  PRODUCT_STATUS: bi('产品发布状态', 'the product\'s status'),
  PRODUCT_VALIDITY: bi('产品有效期', 'the product\'s validity dates'),
  CHAIN: bi('产业链', 'industrial chain'),
  SIZE_CLASS: bi('企业规模', 'size class'),
  QUALIFICATION: bi('资质', 'qualification'),
  YEARS_OPERATING: bi('经营年限', 'years in operation'),
  REVENUE: bi('营业收入', 'revenue'),
  TAX_GRADE: bi('纳税信用等级', 'tax credit grade'),
  IP_REQUIRED: bi('有效知识产权', 'IP in force'),
  AMOUNT: bi('申请金额', 'amount asked for'),
  TERM: bi('申请期限', 'term asked for'),
  COLLATERAL: bi('担保方式', 'security'),
  IP_PLEDGE_VALUE: bi('可质押知识产权价值', 'pledgeable IP value'),
  POOL: bi('风险补偿资金池', 'risk pool'),
  POOL_FIRM_CAP: bi('资金池单户上限', 'the pool\'s per-firm cap'),
};

/** "revenue: meets the product's requirement", quoting no figure of the firm's. */
function blindMessage(criterion: Criterion, passed: boolean): Bilingual {
  const name = CRITERION_NAMES[criterion];
  return passed ? bi(`${name.zh}符合产品要求`, `${name.en}: meets the product's requirement`) : bi(`${name.zh}不符合产品要求`, `${name.en}: does not meet the product's requirement`);
}

@ObjectType({ description: '可贷额度的一项上限 / One limit on what the firm can borrow' })
export class BorrowingLimit {
  @Field(() => LimitKind) kind!: LimitKind;
  @Field(() => MoneyScalar) amount!: Dec;
  @Field({ description: '是否为起决定作用的上限(最小者) / Whether this is the limit that binds (the smallest)' }) binding!: boolean;

  static all(limits: Limit[], max: Dec): BorrowingLimit[] {
    return limits.map((l) => Object.assign(new BorrowingLimit(), { kind: l.kind, amount: l.amount, binding: l.amount.eq(max) }));
  }
}

@ObjectType({ description: '产品排序得分(0–1000)的构成,见 docs/matching.md / The ranking score (0-1000) part by part; see docs/matching.md' })
export class ProductScoreParts {
  @Field(() => Int, { description: '合计 / Total' }) total!: number;
  @Field(() => Int, { description: '利率(0–400):最低年利率3%及以下得400,8%及以上得0 / Cost (0-400): 400 at a lowest rate of 3 % or less, 0 at 8 % or more' }) cost!: number;
  @Field(() => Int, { description: '额度(0–300) / Reach (0-300): how much of the need it covers' }) reach!: number;
  @Field(() => Int, { description: '担保(0–200):纯信用200,担保为企业已有的100 / Security (0-200): 200 unsecured, 100 when the firm has the security' }) security!: number;
  @Field(() => Int, { description: '时效(0–100):承诺1天答复得100,每多1天减5 / Speed (0-100): 100 for a 1-day answer, 5 less per extra day' }) speed!: number;
}

/** The verdicts and limits of one match in full. */
export interface MatchDetail {
  verdicts: Verdict[];
  limits: Limit[];
  max: Dec;
}

/**
 * Shared by both kinds of match. Whether it fits, the rank and the most the firm can borrow are
 * known when the match is made; the verdicts and limits in full (with their messages) are worked
 * out only for the matches a client reads (`detail`).
 */
// Registered so that subclasses inherit its fields; never reachable itself, so never emitted.
@ObjectType('MatchJudgement')
abstract class Judged {
  detail!: () => Promise<MatchDetail>;
  max!: Dec;

  @Field({ description: '是否符合全部条件 / Whether every criterion is met' }) eligible!: boolean;

  @Field(() => Int, { description: '在所在列表中的名次(从1起) / Position in its list, from 1' }) rank!: number;

  @Field(() => Int, { description: '未满足的条件数 / How many criteria are not met' }) failedCount!: number;

  @Field(() => MoneyScalar, { nullable: true, description: '此产品下该企业当前最多可贷金额(不符合时为空) / The most the firm can borrow under the product now (null when not eligible)' })
  maxBorrowable(): Dec | null {
    return this.eligible ? this.max : null;
  }

  @Field(() => [BorrowingLimit], { description: '各项额度上限,最小者起决定作用 / Each limit on the amount; the smallest binds' })
  async limits(): Promise<BorrowingLimit[]> {
    const d = await this.detail();
    return BorrowingLimit.all(d.limits, d.max);
  }

  @Field(() => [CriterionVerdict], { description: '逐项条件判断 / The verdict on each criterion' })
  async criteria(): Promise<CriterionVerdict[]> {
    return (await this.detail()).verdicts.map(CriterionVerdict.of);
  }

  @Field(() => [CriterionVerdict], { description: '未满足的条件(所欠缺的) / The criteria not met: what is lacking' })
  async failed(): Promise<CriterionVerdict[]> {
    return (await this.detail()).verdicts.filter((v) => !v.passed).map(CriterionVerdict.of);
  }
}

@ObjectType({ description: '一个产品对一家企业的匹配结果 / How one product fits one firm' })
export class ProductMatch extends Judged {
  productId!: string;
  /** Known for eligible products only. */
  parts!: ProductScoreParts;

  @Field(() => RateScalar, { nullable: true, description: '今日最低年利率(LPR产品按现行LPR加最低加点) / Lowest annual rate today (LPR products: the LPR in force plus the lowest spread)' })
  lowestRate!: Dec | null;

  @Field(() => Int, { nullable: true, description: '排序得分0–1000(仅符合条件的产品) / Ranking score 0-1000, for eligible products only' })
  score(): number | null {
    return this.eligible ? this.parts.total : null;
  }

  @Field(() => ProductScoreParts, { nullable: true, description: '得分构成(仅符合条件的产品) / The score part by part, for eligible products only' })
  scoreParts(): ProductScoreParts | null {
    return this.eligible ? this.parts : null;
  }
}

@ObjectType()
export class ProductMatchConnection extends Connection(ProductMatch) {}

@ObjectType({ description: '企业所欠缺的一项条件及其影响 / One thing the firm lacks, and the products it keeps closed' })
export class FirmLack {
  @Field(() => Criterion) criterion!: Criterion;
  @Field(() => String, { nullable: true, description: '如资质类别 / e.g. the qualification kind' }) subject!: string | null;
  @Field() code!: string;
  @Field({ description: '最接近的产品给出的说明(中文) / The reason as the nearest product gives it, in Chinese' }) messageZh!: string;
  @Field({ description: '最接近的产品给出的说明(英文) / The reason as the nearest product gives it, in English' }) messageEn!: string;
  @Field(() => Int, { description: '因此不符合的产品数 / Products the firm fails on this' }) products!: number;
  @Field(() => Int, { description: '仅差此一项的产品数:补上即可申请 / Products where this is the only thing lacking: fixing it opens them' }) onlyLack!: number;
}

@ObjectType({ description: '在售产品与一家企业的匹配 / How every product on offer fits one firm' })
export class ProductMatchReport {
  firmId!: string;
  /** The rankings, as compact records; `node` makes a ProductMatch of the ones a page shows. */
  eligibleList!: unknown[];
  ineligibleList!: unknown[];
  node!: (item: unknown, index: number) => ProductMatch;

  @Field(() => GraphQLLocalDate, { description: '判断所依据的日期(北京时间今天) / The date judged on: today in China' }) asOf!: string;
  @Field(() => MoneyScalar, { nullable: true, description: '申请金额 / The amount asked about' }) amount!: Dec | null;
  @Field(() => Int, { nullable: true, description: '申请期限(月) / The term asked about, in months' }) termMonths!: number | null;
  @Field(() => [CollateralKind], { nullable: true, description: '企业可提供的担保 / The security the firm can offer' }) collateral!: CollateralKind[] | null;
  @Field(() => Int, { description: '参与匹配的产品数(已发布且在有效期内) / Products judged: published and offered today' }) productCount!: number;
  @Field(() => Int, { description: '符合条件的产品数 / Products the firm qualifies for' }) eligibleCount!: number;
  lacksOf!: () => Promise<FirmLack[]>;

  @Field(() => [FirmLack], { description: '企业所欠缺的条件,按补上后可申请的产品数排序 / What the firm lacks, the items that would open most products first' })
  lacks(): Promise<FirmLack[]> {
    return this.lacksOf();
  }
}

@ObjectType({ description: '企业公开名片:名称、产业链、规模 / A firm\'s public card: its name, industrial chain and size class' })
export class FirmCard {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => IndustrialChain) chain!: IndustrialChain;
  @Field(() => SizeClass) sizeClass!: SizeClass;
}

@ObjectType({
  description:
    '一家企业对某产品的匹配结果。企业在本行可见范围之外(未放款、未结对、未收到其需求)时,只给名片和逐项结论:firm、score、maxBorrowable为空,limits为空列表,说明不引用企业数据 / How one firm fits a product. For a firm outside the caller\'s scope (not lent to, paired with or asked by the bank) only its card and the verdicts: firm, score and maxBorrowable are null, limits empty, and the messages quote none of its figures',
})
export class FirmMatch extends Judged {
  firmId!: string;
  /** Whether the caller may see the firm (firm.access.ts): else only its card and the verdicts. */
  inScope!: boolean;
  rawScore!: number;

  @Field(() => FirmCard, { description: '企业公开名片 / The firm\'s public card' }) card!: FirmCard;

  @Field(() => Int, { nullable: true, description: '企业排序得分0–1000,见 docs/matching.md(可见范围之外为空) / The firm\'s ranking score 0-1000, see docs/matching.md (null outside the caller\'s scope)' })
  score(): number {
    return this.rawScore;
  }

  /** Outside the caller's scope: none (they are the firm's IP values and covered loans). */
  override async limits(): Promise<BorrowingLimit[]> {
    return this.inScope ? super.limits() : [];
  }

  override async criteria(): Promise<CriterionVerdict[]> {
    return (await this.detail()).verdicts.map(this.inScope ? CriterionVerdict.of : CriterionVerdict.blind);
  }

  override async failed(): Promise<CriterionVerdict[]> {
    return (await this.detail()).verdicts.filter((v) => !v.passed).map(this.inScope ? CriterionVerdict.of : CriterionVerdict.blind);
  }
}

@ObjectType()
export class FirmMatchConnection extends Connection(FirmMatch) {}

@ObjectType({ description: '适合某产品的企业 / The firms that fit one product' })
export class FirmMatchReport {
  terms!: ProductTerms & { id: string };
  /** The bank that owns the product: the one that may ask, once roles exist. */
  bankId!: string;
  pool!: PoolStanding | null;
  firmCriteria!: SqlCriterion[];

  @Field(() => GraphQLLocalDate, { description: '判断所依据的日期(北京时间今天) / The date judged on: today in China' }) asOf!: string;
  @Field({ description: '产品今天是否可以放款(产品层面的条件全部满足) / Whether the product can lend today: every product-level criterion is met' }) open!: boolean;
  @Field(() => [CriterionVerdict], { description: '产品层面的条件(对所有企业相同):发布状态、有效期、资金池额度 / The product-level criteria, the same for every firm: status, validity, pool headroom' })
  productCriteria!: CriterionVerdict[];
}
