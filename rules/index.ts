// Every rule of the plugin, by name. A rule's name equals its file name; the structure test checks that
// every file in rules/ is listed here, documented and tested.
import no202AsCompletion from './no-202-as-completion.js';
import require202Location from './require-202-location.js';
import noResponseAfterSent from './no-response-after-sent.js';
import require401WwwAuthenticate from './require-401-www-authenticate.js';

export const rules = {
  'no-202-as-completion': no202AsCompletion,
  'no-response-after-sent': noResponseAfterSent,
  'require-202-location': require202Location,
  'require-401-www-authenticate': require401WwwAuthenticate,
};
