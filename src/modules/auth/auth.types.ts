import { registerEnumType } from 'type-graphql';

export enum Role {
  FINANCE_OFFICE = 'FINANCE_OFFICE',
  BANK = 'BANK',
  FIRM = 'FIRM',
}
registerEnumType(Role, {
  name: 'Role',
  description: '角色 / Role',
  valuesConfig: {
    FINANCE_OFFICE: { description: '经开区金融办 / The zone\'s finance office' },
    BANK: { description: '银行工作人员(限本行) / Staff of one bank' },
    FIRM: { description: '企业工作人员(限本企业) / Staff of one firm' },
  },
});

/** Who is calling: null for an anonymous caller. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  /** The bank a BANK user works for. */
  bankId: string | null;
  /** The firm a FIRM user works for. */
  firmId: string | null;
  via: 'jwt' | 'api-token';
  /** A signed token's account version: refused once a password change or a disabling raised it. */
  tokenVersion?: number;
}
