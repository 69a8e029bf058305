// What the nonprofit adds: the bundle that defines every element. Nothing else.
import '@peerkit/components';
