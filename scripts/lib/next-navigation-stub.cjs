// `npm run bench` runs query modules outside Next under the react-server
// condition, where next/navigation cannot load (it needs client React). The
// queries use only forbidden() and notFound(): here they throw plainly.
module.exports = {
  forbidden() {
    throw new Error("bench: forbidden()");
  },
  notFound() {
    throw new Error("bench: notFound()");
  },
  redirect(url) {
    throw new Error(`bench: redirect(${url})`);
  },
};
