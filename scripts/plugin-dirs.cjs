// The plugins this repository builds: one folder each, holding plugin.json, module.ts, README.md and img/.
// The build, the packager, the plugin check and the docker-compose test all read this list.
module.exports = ['datasource', 'panel', 'app'];
