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
import DataLoader from 'dataloader';
import { CompensationClaim } from './modules/loan/compensation-claim.entity';
import { Loan } from './modules/loan/loan.entity';
import { PoolCoverage } from './modules/loan/pool-coverage.entity';
import { Repayment } from './modules/loan/repayment.entity';
import { computeFirmCovered, computePoolFigures, computeYearFigures } from './modules/pool/pool-figures';
import { PoolLedgerEntry } from './modules/pool/pool-ledger-entry.entity';
import { RiskPool } from './modules/pool/risk-pool.entity';
import { RiskPoolPartner } from './modules/pool/risk-pool-partner.entity';
import { DemandAddressee } from './modules/engagement/demand-addressee.entity';
import { computeEventFigures } from './modules/engagement/event.service';
import { EventBank, EventFirm } from './modules/engagement/event-participant.entity';
import { EventSigning, EventSigningLoan } from './modules/engagement/event-signing.entity';
import { FinancingDemand } from './modules/engagement/financing-demand.entity';
import { MatchmakingEvent } from './modules/engagement/matchmaking-event.entity';
import { Offer } from './modules/engagement/offer.entity';
import { Pairing } from './modules/engagement/pairing.entity';
import { ServiceVisit } from './modules/engagement/service-visit.entity';

/** One factory, called once per request: loaders never share a cache across requests. */
export function createLoaders(em: EntityManager) {
  return {
    bank: loadById(em, Bank),
    branch: loadById(em, BankBranch),
    officer: loadById(em, BankOfficer),
    firm: loadById(em, Firm),
    // Nearly every product shown shows its bank: it comes in the same statement.
    product: loadById(em, LoanProduct, { populate: ['bank'] }),
    branchesByBank: loadChildren(em, BankBranch, 'bank', { name: 'asc', id: 'asc' }),
    officersByBranch: loadChildren(em, BankOfficer, 'branch', { title: 'asc', name: 'asc', id: 'asc' }),
    publishedProductsByBank: loadChildren(em, LoanProduct, 'bank', { createdAt: 'asc', id: 'asc' }, { where: { status: ProductStatus.PUBLISHED } }),
    qualificationsByFirm: loadChildren(em, FirmQualification, 'firm', { kind: 'asc', validUntil: 'desc' }),
    ipAssetsByFirm: loadChildren(em, IpAsset, 'firm', { kind: 'asc', number: 'asc' }),
    contactsByProduct: loadChildren(em, LoanProductContact, 'product', { position: 'asc' }, { populate: ['officer'] }),
    pool: loadById(em, RiskPool),
    loan: loadById(em, Loan),
    claim: loadById(em, CompensationClaim),
    ledgerEntry: loadById(em, PoolLedgerEntry),
    partnersByPool: loadChildren(em, RiskPoolPartner, 'pool', { bank: { name: 'asc' } } as never, { populate: ['bank'] }),
    repaymentsByLoan: loadChildren(em, Repayment, 'loan', { paidOn: 'asc', createdAt: 'asc' }),
    coverageByLoan: loadChildren(em, PoolCoverage, 'loan', { createdAt: 'asc' }),
    claimsByLoan: loadChildren(em, CompensationClaim, 'loan', { createdAt: 'asc' }),
    /** Every computed figure of a pool, for all pools in the request, in two statements. */
    poolFigures: new DataLoader(async (ids: readonly string[]) => {
      const figures = await computePoolFigures(em, ids);
      return ids.map((id) => figures.get(id)!);
    }),
    // Pairings, visits, demands, offers and events (src/modules/engagement).
    pairing: loadById(em, Pairing),
    visit: loadById(em, ServiceVisit),
    demand: loadById(em, FinancingDemand),
    addressee: loadById(em, DemandAddressee),
    offer: loadById(em, Offer),
    event: loadById(em, MatchmakingEvent),
    signing: loadById(em, EventSigning),
    visitsByPairing: loadChildren(em, ServiceVisit, 'pairing', { visitedOn: 'asc', createdAt: 'asc' }),
    demandByVisit: loadChildren(em, FinancingDemand, 'visit', { createdAt: 'asc' }),
    demandByLoan: loadChildren(em, FinancingDemand, 'loan', { createdAt: 'asc' }),
    demandsByEvent: loadChildren(em, FinancingDemand, 'event', { filedOn: 'asc', createdAt: 'asc' }),
    addresseesByDemand: loadChildren(em, DemandAddressee, 'demand', { addressedOn: 'asc', createdAt: 'asc' }),
    offersByDemand: loadChildren(em, Offer, 'demand', { answeredOn: 'asc', createdAt: 'asc' }),
    offerByAddressee: loadChildren(em, Offer, 'addressee', { createdAt: 'asc' }),
    addresseeRoutedFrom: loadChildren(em, DemandAddressee, 'routedFrom', { createdAt: 'asc' }),
    banksByEvent: loadChildren(em, EventBank, 'event', { bank: { name: 'asc' } } as never, { populate: ['bank'] }),
    firmsByEvent: loadChildren(em, EventFirm, 'event', { firm: { name: 'asc' } } as never, { populate: ['firm'] }),
    signingsByEvent: loadChildren(em, EventSigning, 'event', { createdAt: 'asc', id: 'asc' }),
    loansBySigning: loadChildren(em, EventSigningLoan, 'signing', { createdAt: 'asc' }, { populate: ['loan'] }),
    signingByLoan: loadChildren(em, EventSigningLoan, 'loan', { createdAt: 'asc' }),
    /** Signed and lent per event, for all events in the request, in one statement. */
    eventFigures: new DataLoader(async (ids: readonly string[]) => {
      const figures = await computeEventFigures(em, ids);
      return ids.map((id) => figures.get(id)!);
    }),
    /** Each firm's covered outstanding per pool (against the per-firm caps), for all firms in the request at once. */
    coveredByFirm: new DataLoader(async (firmIds: readonly string[]) => {
      const covered = await computeFirmCovered(em, firmIds);
      return firmIds.map((id) => covered.get(id)!);
    }),
    poolYear: new DataLoader(
      (keys: readonly { poolId: string; year: number }[]) => computeYearFigures(em, keys),
      { cacheKeyFn: (k) => `${k.poolId}:${k.year}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
