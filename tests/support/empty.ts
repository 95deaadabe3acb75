// Stand-in for modules that only guard their import site (e.g. `server-only`),
// so that server code can be imported by tests outside Next.js.
export {};
