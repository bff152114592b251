import type { EntityManager } from '@mikro-orm/postgresql';
import { loadById, loadChildren } from './common/loaders';
import { Bank } from './modules/bank/bank.entity';
import { BankBranch } from './modules/bank/bank-branch.entity';
import { BankOfficer } from './modules/bank/bank-officer.entity';
import { Firm } from './modules/firm/firm.entity';
import { FirmQualification } from './modules/firm/firm-qualification.entity';
import { IpAsset } from './modules/ip-asset/ip-asset.entity';
import { LoanProduct } from './modules/product/loan-product.entity';
import { LoanProductContact } from './modules/product/loan-product-contact.entity';
import { ProductStatus } from './modules/product/product.enums';

/** One factory, called once per request: loaders never share a cache across requests. */
export function createLoaders(em: EntityManager) {
  return {
    bank: loadById(em, Bank),
    branch: loadById(em, BankBranch),
    officer: loadById(em, BankOfficer),
    firm: loadById(em, Firm),
    product: loadById(em, LoanProduct),
    branchesByBank: loadChildren(em, BankBranch, 'bank', { name: 'asc', id: 'asc' }),
    officersByBranch: loadChildren(em, BankOfficer, 'branch', { title: 'asc', name: 'asc', id: 'asc' }),
    publishedProductsByBank: loadChildren(em, LoanProduct, 'bank', { createdAt: 'asc', id: 'asc' }, { where: { status: ProductStatus.PUBLISHED } }),
    qualificationsByFirm: loadChildren(em, FirmQualification, 'firm', { kind: 'asc', validUntil: 'desc' }),
    ipAssetsByFirm: loadChildren(em, IpAsset, 'firm', { kind: 'asc', number: 'asc' }),
    contactsByProduct: loadChildren(em, LoanProductContact, 'product', { position: 'asc' }, { populate: ['officer'] }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
