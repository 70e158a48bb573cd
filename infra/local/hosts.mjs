// @ts-check
/** The addresses to reach, and to show, what listens on API_HOST. */

/** Where to reach what listens on API_HOST from this machine. */
export function localHost(/** @type {string} */ host) {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** The host name to show people. */
export function displayHost(/** @type {string} */ host) {
  return ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host)
    ? 'localhost'
    : localHost(host);
}
