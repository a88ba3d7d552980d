import * as xmllint from '@authenio/samlify-node-xmllint';

type Listener = (...args: unknown[]) => void;

/**
 * samlify's XML schema validator: @authenio/samlify-node-xmllint (xmllint compiled to asm.js),
 * with one fix. Every call instantiates a fresh xmllint that adds an `uncaughtException` listener
 * to `process` and a `drain` listener to stdout, each holding its heap: about 1 MB leaked per
 * SAML message. The instantiation is synchronous, so we remove exactly what the call added.
 * It also prints a blank line per call through console.log, which is muted for the (synchronous) call.
 */
export const xmllintSchemaValidator = {
  validate(xml: string): Promise<unknown> {
    const listenersBefore = new Set(process.listeners('uncaughtException') as Listener[]);
    const drainBefore = new Set(process.stdout.listeners('drain') as Listener[]);
    const log = console.log;
    let pending: Promise<unknown>;
    try {
      console.log = () => undefined;
      pending = xmllint.validate(xml);
    } finally {
      console.log = log;
      for (const listener of process.listeners('uncaughtException') as Listener[]) {
        if (!listenersBefore.has(listener)) process.off('uncaughtException', listener);
      }
      for (const listener of process.stdout.listeners('drain') as Listener[]) {
        if (!drainBefore.has(listener)) process.stdout.off('drain', listener);
      }
    }
    return pending;
  },
};
