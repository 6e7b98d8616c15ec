interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and scheduled articles are shown with a banner. */
  readonly WARTA_PREVIEW: boolean;
}
