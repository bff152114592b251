import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectRoot } from '../config';

/**
 * The web console and the API explorer, served from web/dist (built by `npm start` or
 * `npm run console:build`) on the API's own origin. Everything they load comes from here: the
 * Content-Security-Policy below lets a page talk to no other host.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // antd and GraphiQL write their styles into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export interface ConsoleOptions {
  /** Serve the explorer at /explorer and for a browser's GET of /graphql. */
  explorer: boolean;
  /** The built console; default web/dist under the project. */
  distDir?: string;
}

function page(res: express.Response, status: number, html: string): void {
  res.status(status).set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }).send(html);
}

function sendHtml(res: express.Response, file: string): void {
  if (!fs.existsSync(file)) {
    page(res, 503, `<!doctype html><meta charset="utf-8"><title>ParkCredit</title><p>控制台尚未构建,请运行 <code>npm run console:build</code>(<code>npm start</code> 会自动构建)。</p><p>The console is not built yet: run <code>npm run console:build</code> (<code>npm start</code> builds it).</p><p>API: <a href="/graphql">/graphql</a></p>`);
    return;
  }
  res.set({ 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' });
  res.sendFile(file);
}

const EXPLORER_OFF = `<!doctype html><meta charset="utf-8"><title>ParkCredit</title><p>接口浏览器未开启(生产环境中设置 EXPLORER=on 开启)。</p><p>The API explorer is off (set EXPLORER=on to turn it on in production).</p>`;

/** A browser asking for a page (not a GraphQL client asking for JSON). */
function wantsPage(req: express.Request): boolean {
  return req.method === 'GET' && req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** Mounted on /graphql before the API: a browser's GET gets the explorer, everything else goes on to the API. */
export function explorerOnBrowserGet(opts: ConsoleOptions): express.RequestHandler {
  const dist = opts.distDir ?? path.join(projectRoot(), 'web', 'dist');
  return (req, res, next) => {
    if (!wantsPage(req)) return next();
    if (!opts.explorer) return page(res, 404, EXPLORER_OFF);
    sendHtml(res, path.join(dist, 'explorer.html'));
  };
}

/** Mounted after the API: the built assets, /explorer, and the console's pages (any other GET of a page). */
export function consoleRoutes(opts: ConsoleOptions): express.Router {
  const dist = opts.distDir ?? path.join(projectRoot(), 'web', 'dist');
  const router = express.Router();
  // File names under assets/ carry a content hash: a year in the cache is safe.
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.get('/explorer', (_req, res) => (opts.explorer ? sendHtml(res, path.join(dist, 'explorer.html')) : page(res, 404, EXPLORER_OFF)));
  // The console's own addresses (/, /products/:id, /firm/matches, …) are routes of one page.
  router.get(/^\/(?!graphql(?:\/|$)|assets\/).*/, (req, res, next) => {
    if (!req.accepts('html') || path.extname(req.path)) return next();
    sendHtml(res, path.join(dist, 'index.html'));
  });
  return router;
}
