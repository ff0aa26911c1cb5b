/** Stylesheets are imported for their side effect; Vite extracts them into shell.css. */
declare module '*.css';
