/**
 * The CMS publish hook (issue 6): `hooks` is mounted at /v1/hooks, `reviews`
 * (the review page's JSON API) at /v1/reviews. See endpoint.ts and reviews.ts.
 */
export { hooks } from "./endpoint.js";
export { isReviewId, reviews } from "./reviews.js";
export { hookConfig, reviewStoreFor, type HookBindings } from "./config.js";
