import { registerEnumType } from 'type-graphql';

export enum LoanStatus {
  ACTIVE = 'ACTIVE',
  OVERDUE = 'OVERDUE',
  REPAID = 'REPAID',
  DEFAULTED = 'DEFAULTED',
  COMPENSATED = 'COMPENSATED',
  WRITTEN_OFF = 'WRITTEN_OFF',
}
registerEnumType(LoanStatus, {
  name: 'LoanStatus',
  description: '贷款状态 / Loan status',
  valuesConfig: {
    ACTIVE: { description: '正常 / Performing' },
    OVERDUE: { description: '逾期 / Overdue' },
    REPAID: { description: '已结清 / Repaid in full' },
    DEFAULTED: { description: '已违约(不良) / Defaulted' },
    COMPENSATED: { description: '已获资金池代偿 / Compensated by the pool' },
    WRITTEN_OFF: { description: '已核销 / Written off' },
  },
});

/** The legal moves. Repayment to zero and compensation are made by their own operations. */
export const LOAN_TRANSITIONS: Record<LoanStatus, LoanStatus[]> = {
  ACTIVE: [LoanStatus.OVERDUE, LoanStatus.REPAID, LoanStatus.DEFAULTED],
  OVERDUE: [LoanStatus.ACTIVE, LoanStatus.REPAID, LoanStatus.DEFAULTED],
  DEFAULTED: [LoanStatus.COMPENSATED, LoanStatus.WRITTEN_OFF, LoanStatus.REPAID],
  COMPENSATED: [LoanStatus.WRITTEN_OFF, LoanStatus.REPAID],
  REPAID: [],
  WRITTEN_OFF: [],
};

export const LOAN_STATUS_LABELS: Record<LoanStatus, { zh: string; en: string }> = {
  ACTIVE: { zh: '正常', en: 'performing' },
  OVERDUE: { zh: '逾期', en: 'overdue' },
  REPAID: { zh: '已结清', en: 'repaid' },
  DEFAULTED: { zh: '已违约', en: 'defaulted' },
  COMPENSATED: { zh: '已代偿', en: 'compensated' },
  WRITTEN_OFF: { zh: '已核销', en: 'written off' },
};

export enum CoverageStatus {
  ACTIVE = 'ACTIVE',
  RELEASED = 'RELEASED',
  CLAIMED = 'CLAIMED',
}
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description: '入池状态 / Pool coverage status',
  valuesConfig: {
    ACTIVE: { description: '在保 / Covered: counts against the pool\'s headroom' },
    RELEASED: { description: '已解除(贷款结清) / Released when the loan was repaid' },
    CLAIMED: { description: '已代偿 / Compensated: the pool has paid its share' },
  },
});

export enum ClaimStatus {
  FILED = 'FILED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}
registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: '代偿申请状态 / Compensation claim status',
  valuesConfig: {
    FILED: { description: '已提交 / Filed by the bank' },
    APPROVED: { description: '已审核通过 / Approved by the finance office' },
    REJECTED: { description: '已驳回 / Rejected' },
    PAID: { description: '已拨付 / Paid from the pool' },
  },
});
