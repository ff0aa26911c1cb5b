/** Replaced at build time with the version of this build (see deploy-app). */
declare const __STELSEL_APP_VERSION__: string;
