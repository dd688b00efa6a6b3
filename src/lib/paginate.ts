/** Index pages list this many entries before they paginate. */
export const PAGE_SIZE = 50;
