/** What things are called in messages, Chinese first. */
export const NOUN = {
  bank: { zh: '银行', en: 'bank' },
  branch: { zh: '支行', en: 'bank branch' },
  officer: { zh: '银行人员', en: 'bank officer' },
  firm: { zh: '企业', en: 'firm' },
  qualification: { zh: '企业资质', en: 'firm qualification' },
  ipAsset: { zh: '知识产权', en: 'IP asset' },
  product: { zh: '信贷产品', en: 'loan product' },
  pool: { zh: '风险补偿资金池', en: 'risk pool' },
  ledgerEntry: { zh: '台账分录', en: 'ledger entry' },
  loan: { zh: '贷款', en: 'loan' },
  claim: { zh: '代偿申请', en: 'compensation claim' },
  user: { zh: '用户', en: 'user' },
  apiToken: { zh: 'API令牌', en: 'API token' },
} as const;
