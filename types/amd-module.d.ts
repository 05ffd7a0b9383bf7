// The AMD meta-dependency "module" (webpack external "amd-module"): the loader's record of this module.
declare module 'amd-module' {
  const module: { id?: string; uri?: string } | undefined;
  export default module;
}
