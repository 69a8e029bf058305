/**
 * Names belong to one device: in a live room the first device that says it is
 * a member (choosing the name, or acting as them) holds that name; another
 * device's claim is refused on that device and shown to the facilitator, who
 * can release the name. Data plus pure functions, kept by the facilitator's page.
 */
import type { GivenAction, Presence } from '@peerkit/live';

/** Member id → the device (its random id in this room) that holds the name. */
export type Holders = Readonly<Record<string, string>>;

/** Holders after the claims seen now: a name no device holds goes to the first that claims it. */
export function takeClaims(holders: Holders, claims: readonly { memberId: string; deviceId: string }[]): Holders {
  let next = holders;
  for (const { memberId, deviceId } of claims) if (!Object.hasOwn(next, memberId)) next = { ...next, [memberId]: deviceId };
  return next;
}

/** The claims the devices here make, in the order the room lists them. */
export function claimsOf(present: readonly Presence[]): { memberId: string; deviceId: string }[] {
  return present.flatMap((p) => (p.role === 'member' && p.claim && p.device ? [{ memberId: p.claim, deviceId: p.device }] : []));
}

/** Names more than one device here claims, with how many: for the facilitator to see and settle. */
export function contested(present: readonly Presence[]): { memberId: string; devices: number }[] {
  const devices = new Map<string, Set<string>>();
  for (const { memberId, deviceId } of claimsOf(present)) devices.set(memberId, (devices.get(memberId) ?? new Set()).add(deviceId));
  return [...devices].filter(([, set]) => set.size > 1).map(([memberId, set]) => ({ memberId, devices: set.size }));
}

/** Whether the action's device may act as that member: it holds the name, or nobody does yet. */
export function mayActAs(holders: Holders, given: Pick<GivenAction, 'memberId' | 'deviceId'>): boolean {
  return !Object.hasOwn(holders, given.memberId) || holders[given.memberId] === given.deviceId;
}

/** The facilitator frees a name: the next device to claim it holds it. */
export function release(holders: Holders, memberId: string): Holders {
  if (!Object.hasOwn(holders, memberId)) return holders;
  const { [memberId]: _released, ...rest } = holders;
  return rest;
}
