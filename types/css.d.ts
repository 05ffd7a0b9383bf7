// Stylesheets imported as text by the sandbox host's build (asset/source).
declare module '*.css' {
  const text: string;
  export default text;
}
