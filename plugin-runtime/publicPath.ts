/**
 * Where webpack loads lazy chunks from. Grafana serves a plugin under public/plugins/<id>/, but a
 * sub-path deployment (root_url with a path) or a CDN moves that; SystemJS's AMD loader hands the
 * module its own URL as the `module` dependency, so derive the folder from it.
 */
import amdModule from 'amd-module';

declare let __webpack_public_path__: string;

const uri = amdModule && typeof amdModule.uri === 'string' ? amdModule.uri : '';
if (uri) {
  __webpack_public_path__ = uri.slice(0, uri.lastIndexOf('/') + 1);
}
