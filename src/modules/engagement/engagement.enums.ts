import { registerEnumType } from 'type-graphql';
import type { Bilingual } from '../../common/errors';

export enum PairingStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PairingStatus, {
  name: 'PairingStatus',
  description: '结对状态 / Pairing status',
  valuesConfig: {
    ACTIVE: { description: '结对服务中 / Active: the officer serves the firm' },
    ENDED: { description: '已结束 / Ended' },
  },
});

export enum VisitStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(VisitStatus, {
  name: 'VisitStatus',
  description: '走访事项状态 / Whether a visit\'s follow-up is still open',
  valuesConfig: {
    OPEN: { description: '待跟进(待回访) / Open: follow-up still to do' },
    CLOSED: { description: '已办结(已回访) / Closed: followed up' },
  },
});

export enum DemandSource {
  VISIT = 'VISIT',
  EVENT = 'EVENT',
  ONLINE = 'ONLINE',
}
registerEnumType(DemandSource, {
  name: 'DemandSource',
  description: '融资需求来源 / Where a financing demand came from',
  valuesConfig: {
    VISIT: { description: '行长走访时登记 / Recorded at a service visit' },
    EVENT: { description: '对接活动现场登记 / Recorded at a matchmaking event' },
    ONLINE: { description: '企业线上提交 / Filed online by the firm' },
  },
});

export enum DemandStatus {
  FILED = 'FILED',
  RECOMMENDED = 'RECOMMENDED',
  IN_TALKS = 'IN_TALKS',
  CREDIT_GRANTED = 'CREDIT_GRANTED',
  DISBURSED = 'DISBURSED',
  DECLINED = 'DECLINED',
}
registerEnumType(DemandStatus, {
  name: 'DemandStatus',
  description: '融资需求状态 / Financing demand status',
  valuesConfig: {
    FILED: { description: '已登记 / Filed, not yet sent to a bank' },
    RECOMMENDED: { description: '已推荐给银行 / Recommended (addressed) to one or more banks' },
    IN_TALKS: { description: '洽谈中(已有银行报价) / In talks: a bank has made an offer' },
    CREDIT_GRANTED: { description: '已授信 / Credit granted on one offer' },
    DISBURSED: { description: '已放款 / Disbursed: the loan is recorded' },
    DECLINED: { description: '未获融资(附原因) / Declined, with a reason' },
  },
});

/**
 * The legal moves of a demand, each made by one mutation:
 * recommendDemand (FILED -> RECOMMENDED), makeOffer (RECOMMENDED -> IN_TALKS), grantCredit
 * (IN_TALKS -> CREDIT_GRANTED), recordDemandDisbursed (CREDIT_GRANTED -> DISBURSED) and
 * declineDemand (any open state -> DECLINED).
 */
export const DEMAND_TRANSITIONS: Record<DemandStatus, DemandStatus[]> = {
  FILED: [DemandStatus.RECOMMENDED, DemandStatus.DECLINED],
  RECOMMENDED: [DemandStatus.IN_TALKS, DemandStatus.DECLINED],
  IN_TALKS: [DemandStatus.CREDIT_GRANTED, DemandStatus.DECLINED],
  CREDIT_GRANTED: [DemandStatus.DISBURSED, DemandStatus.DECLINED],
  DISBURSED: [],
  DECLINED: [],
};

export const DEMAND_STATUS_LABELS: Record<DemandStatus, Bilingual> = {
  FILED: { zh: '已登记', en: 'filed' },
  RECOMMENDED: { zh: '已推荐', en: 'recommended' },
  IN_TALKS: { zh: '洽谈中', en: 'in talks' },
  CREDIT_GRANTED: { zh: '已授信', en: 'credit granted' },
  DISBURSED: { zh: '已放款', en: 'disbursed' },
  DECLINED: { zh: '未获融资', en: 'declined' },
};

export enum AddresseeStatus {
  AWAITING = 'AWAITING',
  OFFERED = 'OFFERED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AddresseeStatus, {
  name: 'AddresseeStatus',
  description: '银行对需求的答复状态 / Where one bank stands on a demand addressed to it',
  valuesConfig: {
    AWAITING: { description: '待答复 / Awaiting the bank\'s answer' },
    OFFERED: { description: '已报价 / The bank made an offer' },
    DECLINED: { description: '已拒绝(附原因) / The bank declined, with a reason' },
    WITHDRAWN: { description: '已撤回(需求已在他处授信或终止,无需再答复) / Withdrawn: the demand was granted elsewhere or closed before this bank answered' },
  },
});

export enum DeadlineBasis {
  PRODUCT = 'PRODUCT',
  DEFAULT = 'DEFAULT',
}
registerEnumType(DeadlineBasis, {
  name: 'DeadlineBasis',
  description: '答复期限的依据 / What a response deadline is based on',
  valuesConfig: {
    PRODUCT: { description: '产品承诺的答复天数 / The promised response days of the product named' },
    DEFAULT: { description: '未指定产品,默认30天 / No product named: the 30-day default' },
  },
});

export enum OfferDecision {
  OFFERED = 'OFFERED',
  DECLINED = 'DECLINED',
}
registerEnumType(OfferDecision, {
  name: 'OfferDecision',
  description: '银行答复 / A bank\'s answer',
  valuesConfig: {
    OFFERED: { description: '报价(金额、利率、期限、条件) / An offer: amount, rate, term, conditions' },
    DECLINED: { description: '拒绝(附原因) / A decline, with a reason' },
  },
});

export enum EventKind {
  FINANCE_INTO_PARK = 'FINANCE_INTO_PARK',
  BANK_FIRM_MATCHMAKING = 'BANK_FIRM_MATCHMAKING',
  PRODUCT_PROMOTION = 'PRODUCT_PROMOTION',
  ONLINE = 'ONLINE',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: '对接活动类型 / Kind of matchmaking event',
  valuesConfig: {
    FINANCE_INTO_PARK: { description: '金融入园惠企 / "Finance enters the park" event' },
    BANK_FIRM_MATCHMAKING: { description: '银企对接会 / Bank-firm matchmaking meeting' },
    PRODUCT_PROMOTION: { description: '信贷产品推介会 / Credit product presentation' },
    ONLINE: { description: '线上对接 / Online matchmaking' },
    OTHER: { description: '其他 / Other' },
  },
});

export enum JourneyStepKind {
  PAIRING_STARTED = 'PAIRING_STARTED',
  PAIRING_ENDED = 'PAIRING_ENDED',
  VISIT = 'VISIT',
  FOLLOW_UP_CLOSED = 'FOLLOW_UP_CLOSED',
  EVENT_SIGNING = 'EVENT_SIGNING',
  DEMAND_FILED = 'DEMAND_FILED',
  DEMAND_ADDRESSED = 'DEMAND_ADDRESSED',
  BANK_OFFERED = 'BANK_OFFERED',
  BANK_DECLINED = 'BANK_DECLINED',
  CREDIT_GRANTED = 'CREDIT_GRANTED',
  LOAN_DISBURSED = 'LOAN_DISBURSED',
  DEMAND_DECLINED = 'DEMAND_DECLINED',
}
registerEnumType(JourneyStepKind, {
  name: 'JourneyStepKind',
  description: '企业融资历程中的一步 / One step of a firm\'s financing journey',
  valuesConfig: {
    PAIRING_STARTED: { description: '行长结对开始 / A bank officer was paired with the firm' },
    PAIRING_ENDED: { description: '结对结束 / A pairing ended' },
    VISIT: { description: '走访 / A service visit' },
    FOLLOW_UP_CLOSED: { description: '走访事项办结(回访) / A visit\'s follow-up was closed' },
    EVENT_SIGNING: { description: '对接活动签约 / Signed at a matchmaking event' },
    DEMAND_FILED: { description: '登记融资需求 / A financing demand was filed' },
    DEMAND_ADDRESSED: { description: '需求推送给银行 / The demand was addressed to a bank' },
    BANK_OFFERED: { description: '银行报价 / A bank made an offer' },
    BANK_DECLINED: { description: '银行拒绝 / A bank declined' },
    CREDIT_GRANTED: { description: '授信 / Credit granted' },
    LOAN_DISBURSED: { description: '放款 / A loan was disbursed' },
    DEMAND_DECLINED: { description: '需求终止(未获融资) / The demand was declined' },
  },
});
