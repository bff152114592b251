import type {
  AddresseeStatus,
  BorrowingLimitKind,
  CollateralKind,
  DemandSource,
  DemandStatus,
  IndustrialChain,
  IpKind,
  LprTenor,
  MatchCriterion,
  OfferDecision,
  OfficerTitle,
  PoolKind,
  ProductCategory,
  QualificationKind,
  Role,
  SizeClass,
  TaxCreditGrade,
} from '../gql/graphql';

/** Labels for every value of the API's enums: a value added to the API fails the type check here. */
export interface EnumLabels {
  ProductCategory: Record<ProductCategory, string>;
  CollateralKind: Record<CollateralKind, string>;
  LprTenor: Record<LprTenor, string>;
  OfficerTitle: Record<OfficerTitle, string>;
  Role: Record<Role, string>;
  DemandStatus: Record<DemandStatus, string>;
  DemandSource: Record<DemandSource, string>;
  AddresseeStatus: Record<AddresseeStatus, string>;
  OfferDecision: Record<OfferDecision, string>;
  QualificationKind: Record<QualificationKind, string>;
  IpKind: Record<IpKind, string>;
  SizeClass: Record<SizeClass, string>;
  IndustrialChain: Record<IndustrialChain, string>;
  TaxCreditGrade: Record<TaxCreditGrade, string>;
  MatchCriterion: Record<MatchCriterion, string>;
  BorrowingLimitKind: Record<BorrowingLimitKind, string>;
  PoolKind: Record<PoolKind, string>;
}
