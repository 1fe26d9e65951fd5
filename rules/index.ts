// Every rule of the plugin, by name. A rule's name equals its file name; the structure test checks that
// every file in rules/ is listed here, documented and tested.
import no202AsCompletion from './no-202-as-completion.js';
import noBodyWithBodylessStatus from './no-body-with-bodyless-status.js';
import noRedirectStatusOverride from './no-redirect-status-override.js';
import require201Location from './require-201-location.js';
import require202Location from './require-202-location.js';
import noResponseAfterSent from './no-response-after-sent.js';
import require206ContentRange from './require-206-content-range.js';
import require401WwwAuthenticate from './require-401-www-authenticate.js';
import require405Allow from './require-405-allow.js';
import require407ProxyAuthenticate from './require-407-proxy-authenticate.js';
import require416ContentRange from './require-416-content-range.js';
import require426Upgrade from './require-426-upgrade.js';
import requireRedirectLocation from './require-redirect-location.js';
import validStatusCode from './valid-status-code.js';

export const rules = {
  'no-202-as-completion': no202AsCompletion,
  'no-body-with-bodyless-status': noBodyWithBodylessStatus,
  'no-redirect-status-override': noRedirectStatusOverride,
  'no-response-after-sent': noResponseAfterSent,
  'require-201-location': require201Location,
  'require-202-location': require202Location,
  'require-206-content-range': require206ContentRange,
  'require-401-www-authenticate': require401WwwAuthenticate,
  'require-405-allow': require405Allow,
  'require-407-proxy-authenticate': require407ProxyAuthenticate,
  'require-416-content-range': require416ContentRange,
  'require-426-upgrade': require426Upgrade,
  'require-redirect-location': requireRedirectLocation,
  'valid-status-code': validStatusCode,
};
