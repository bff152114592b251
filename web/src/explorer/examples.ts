/** The README's example operations, opened as the explorer's first tabs. */
export const EXAMPLES = [
  {
    query: `# 知识产权质押产品(公开目录,无需令牌) / IP-pledge products: the public catalogue, no token needed
query IpPledgeProducts {
  products(filter: { categories: [IP_PLEDGE] }, first: 2) {
    totalCount
    edges { node { name bank { shortName } minAmount maxAmount loanToValue } }
  }
}
`,
  },
  {
    query: `# 登录获取令牌,把 token 粘贴到上方"访问令牌" / Sign in; paste the token into "Access token" above
mutation SignIn {
  login(username: "admin", password: "a-long-password") { token expiresAt }
}
`,
  },
  {
    query: `# 金融办年度数据(需金融办令牌) / The finance office's year (needs an office token)
query FinanceOverview2022 {
  financeOverview(year: 2022) {
    loansArranged { amount }
    ipPledge { amount }
    pools { pool { kind } contributed balance coveredOutstanding firmsServed leverageUsed lentInYear { loans amount firms } }
  }
}
`,
  },
];
