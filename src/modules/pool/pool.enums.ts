import { registerEnumType } from 'type-graphql';

export enum PoolKind {
  TECH_GUARANTEE = 'TECH_GUARANTEE',
  KNOWLEDGE_VALUE = 'KNOWLEDGE_VALUE',
  IP_PLEDGE = 'IP_PLEDGE',
}
registerEnumType(PoolKind, {
  name: 'PoolKind',
  description: '风险补偿资金池类型 / Kind of risk pool',
  valuesConfig: {
    TECH_GUARANTEE: { description: '科技担保贷资金池 / Tech Guarantee Loan pool' },
    KNOWLEDGE_VALUE: { description: '知识价值信用贷资金池 / Knowledge Value Credit Loan pool' },
    IP_PLEDGE: { description: '知识产权质押融资风险补偿资金池 / IP-pledge loan risk pool' },
  },
});

export enum PoolStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(PoolStatus, {
  name: 'PoolStatus',
  description: '资金池状态 / Pool status',
  valuesConfig: {
    ACTIVE: { description: '运行中 / Active: takes new loans' },
    SUSPENDED: { description: '暂停新增 / Suspended: no new loans, existing cover stands' },
    CLOSED: { description: '已关闭 / Closed' },
  },
});

export enum LedgerKind {
  CONTRIBUTION = 'CONTRIBUTION',
  INTEREST = 'INTEREST',
  COMPENSATION = 'COMPENSATION',
  RECOVERY = 'RECOVERY',
  FEE = 'FEE',
  WITHDRAWAL = 'WITHDRAWAL',
}
registerEnumType(LedgerKind, {
  name: 'LedgerKind',
  description: '资金池台账科目 / Kind of pool ledger entry',
  valuesConfig: {
    CONTRIBUTION: { description: '财政入池资金(+) / Money paid into the pool (+)' },
    INTEREST: { description: '利息收入(+) / Interest earned (+)' },
    COMPENSATION: { description: '代偿支出(-) / Compensation paid to a bank (-)' },
    RECOVERY: { description: '追偿返还(+) / Recovery returned to the pool (+)' },
    FEE: { description: '费用支出(-) / Fees (-)' },
    WITHDRAWAL: { description: '资金退出(-) / Money taken out of the pool (-)' },
  },
});

/** Which way each kind moves the balance. */
export const LEDGER_SIGN: Record<LedgerKind, 1 | -1> = {
  CONTRIBUTION: 1,
  INTEREST: 1,
  RECOVERY: 1,
  COMPENSATION: -1,
  FEE: -1,
  WITHDRAWAL: -1,
};

/** Kinds a person records directly; compensation and recovery come from claims. */
export const MANUAL_LEDGER_KINDS = [LedgerKind.CONTRIBUTION, LedgerKind.INTEREST, LedgerKind.FEE, LedgerKind.WITHDRAWAL] as const;

export enum ManualLedgerKind {
  CONTRIBUTION = 'CONTRIBUTION',
  INTEREST = 'INTEREST',
  FEE = 'FEE',
  WITHDRAWAL = 'WITHDRAWAL',
}
registerEnumType(ManualLedgerKind, {
  name: 'ManualLedgerKind',
  description: '可直接登记的台账科目(代偿与追偿经由代偿申请登记) / Ledger kinds recorded directly; compensation and recovery go through claims',
});
