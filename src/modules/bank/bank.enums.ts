import { registerEnumType } from 'type-graphql';

export enum BankKind {
  POLICY = 'POLICY',
  LARGE_STATE_OWNED = 'LARGE_STATE_OWNED',
  JOINT_STOCK = 'JOINT_STOCK',
  CITY_COMMERCIAL = 'CITY_COMMERCIAL',
  RURAL_COMMERCIAL = 'RURAL_COMMERCIAL',
  VILLAGE_BANK = 'VILLAGE_BANK',
}
registerEnumType(BankKind, {
  name: 'BankKind',
  description: '银行类型 / Kind of bank',
  valuesConfig: {
    POLICY: { description: '政策性银行 / Policy bank' },
    LARGE_STATE_OWNED: { description: '国有大型商业银行 / Large state-owned commercial bank' },
    JOINT_STOCK: { description: '股份制商业银行 / Joint-stock commercial bank' },
    CITY_COMMERCIAL: { description: '城市商业银行 / City commercial bank' },
    RURAL_COMMERCIAL: { description: '农村商业银行 / Rural commercial bank' },
    VILLAGE_BANK: { description: '村镇银行 / Village bank' },
  },
});

export enum OfficerTitle {
  BRANCH_PRESIDENT = 'BRANCH_PRESIDENT',
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
}
registerEnumType(OfficerTitle, {
  name: 'OfficerTitle',
  description: '银行人员职务 / A bank officer\'s title',
  valuesConfig: {
    BRANCH_PRESIDENT: { description: '行长 / Branch president' },
    VICE_PRESIDENT: { description: '副行长 / Vice president' },
    ACCOUNT_MANAGER: { description: '客户经理 / Account manager' },
  },
});
