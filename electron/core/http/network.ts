import { networkInterfaces } from 'node:os';

/** Whether the machine has any network at all; decides "offline" versus a remote that is down. */
export interface NetworkStatus {
  isOnline(): boolean;
}

type InterfaceList = ReturnType<typeof networkInterfaces>;

/**
 * Online when some non-internal interface has an address. Deliberately crude: it cannot tell a
 * captive portal from the internet, but it does tell a laptop with Wi-Fi off, which is the case
 * where spending attempts would be wrong.
 */
export function interfaceNetworkStatus(list: () => InterfaceList = networkInterfaces): NetworkStatus {
  return {
    isOnline() {
      try {
        return Object.values(list()).some((addrs) => (addrs ?? []).some((a) => !a.internal));
      } catch {
        // Some sandboxes refuse the call; assume online rather than hold every dispatch forever.
        return true;
      }
    },
  };
}

export const alwaysOnline: NetworkStatus = { isOnline: () => true };
