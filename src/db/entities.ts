import { Bank } from '../modules/bank/bank.entity';
import { BankBranch } from '../modules/bank/bank-branch.entity';
import { BankOfficer } from '../modules/bank/bank-officer.entity';
import { Firm } from '../modules/firm/firm.entity';
import { FirmQualification } from '../modules/firm/firm-qualification.entity';
import { IpAsset } from '../modules/ip-asset/ip-asset.entity';
import { IdempotencyRecord } from '../common/idempotency.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { AppSecret } from '../modules/auth/app-secret.entity';
import { LoginThrottle } from '../modules/auth/login-throttle.entity';
import { User } from '../modules/auth/user.entity';
import { CompensationClaim } from '../modules/loan/compensation-claim.entity';
import { Loan } from '../modules/loan/loan.entity';
import { LprRate } from '../modules/loan/lpr-rate.entity';
import { PoolCoverage } from '../modules/loan/pool-coverage.entity';
import { Repayment } from '../modules/loan/repayment.entity';
import { PoolLedgerEntry } from '../modules/pool/pool-ledger-entry.entity';
import { RiskPool } from '../modules/pool/risk-pool.entity';
import { RiskPoolPartner } from '../modules/pool/risk-pool-partner.entity';
import { Eligibility } from '../modules/product/eligibility.embeddable';
import { LoanProduct } from '../modules/product/loan-product.entity';
import { LoanProductContact } from '../modules/product/loan-product-contact.entity';
import { DemandAddressee } from '../modules/engagement/demand-addressee.entity';
import { EventBank, EventFirm } from '../modules/engagement/event-participant.entity';
import { EventSigning, EventSigningLoan } from '../modules/engagement/event-signing.entity';
import { FinancingDemand } from '../modules/engagement/financing-demand.entity';
import { MatchmakingEvent } from '../modules/engagement/matchmaking-event.entity';
import { Offer } from '../modules/engagement/offer.entity';
import { Pairing } from '../modules/engagement/pairing.entity';
import { ServiceVisit } from '../modules/engagement/service-visit.entity';
import { CatalogueVersion } from '../modules/matching/catalogue-version.entity';

/** Every entity, listed rather than discovered from folders: works the same under ts and js. */
export const ENTITIES = [
  Bank, BankBranch, BankOfficer, Firm, FirmQualification, IpAsset, Eligibility, LoanProduct, LoanProductContact,
  RiskPool, RiskPoolPartner, PoolLedgerEntry, Loan, Repayment, PoolCoverage, CompensationClaim, LprRate, IdempotencyRecord,
  User, ApiToken, LoginThrottle, AuditEvent, AppSecret, CatalogueVersion,
  Pairing, ServiceVisit, MatchmakingEvent, EventBank, EventFirm, EventSigning, EventSigningLoan, FinancingDemand, DemandAddressee, Offer,
];
