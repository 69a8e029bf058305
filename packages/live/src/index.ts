export * from './secrets.js';
export * from './stage.js';
export * from './provider.js';
export * from './room.js';
export * from './qr.js';
