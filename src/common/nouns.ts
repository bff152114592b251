/** What things are called in messages, Chinese first. */
export const NOUN = {
  bank: { zh: '银行', en: 'bank' },
  branch: { zh: '支行', en: 'bank branch' },
  officer: { zh: '银行人员', en: 'bank officer' },
  firm: { zh: '企业', en: 'firm' },
  qualification: { zh: '企业资质', en: 'firm qualification' },
  ipAsset: { zh: '知识产权', en: 'IP asset' },
  product: { zh: '信贷产品', en: 'loan product' },
} as const;
