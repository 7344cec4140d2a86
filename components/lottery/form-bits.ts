/** A file input whose button looks like the site's secondary buttons. */
export const FILE_INPUT_CLASS =
  'block max-w-md file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-md file:border-2 file:border-solid file:border-brand-700 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-700 disabled:opacity-60';
