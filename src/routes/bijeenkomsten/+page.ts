// The agenda works as a plain page (links and a GET form), and it is the busiest page: without
// client-side rendering the server neither ships the page's data twice nor the scripts to use it.
export const csr = false;
