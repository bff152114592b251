/**
 * The API explorer: GraphiQL from node_modules (no CDN), the README's examples as tabs, and a
 * field for the access token (prefilled from this tab's console session, if any). Served at
 * /explorer and for a browser's GET of /graphql.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { currentToken } from '../lib/session';
import { EXAMPLES } from './examples';
import './explorer.css';

function Explorer() {
  const [token, setToken] = useState<string>(() => currentToken() ?? '');
  const fetcher = useMemo(
    () => async (params: unknown, opts?: { headers?: Record<string, string> }) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(opts?.headers ?? {}) };
      if (token.trim() && !Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) headers.authorization = `Bearer ${token.trim()}`;
      const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
      return res.json();
    },
    [token],
  );
  return (
    <div className="px-shell">
      <header className="px-bar">
        <a href="/">园区融资服务平台 ParkCredit</a>
        <strong>接口浏览器 / API explorer</strong>
        <label htmlFor="px-token">访问令牌 / Access token</label>
        <input id="px-token" type="password" autoComplete="off" placeholder="登录后获得的令牌(公开目录无需令牌) / token from login (the public catalogue needs none)" value={token} onChange={(e) => setToken(e.target.value)} />
        {token && <button type="button" onClick={() => setToken('')}>清除 / Clear</button>}
      </header>
      <div className="px-graphiql">
        <GraphiQL fetcher={fetcher as never} defaultTabs={EXAMPLES} defaultEditorToolsVisibility="variables" />
      </div>
    </div>
  );
}

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
