/**
 * The Cloudflare Worker entry.
 */
import app from "./app.js";

export default app;
