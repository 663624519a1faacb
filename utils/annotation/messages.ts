/**
 * The content script's end of Soi's typed messages (`utils/messaging.ts`), without the schemas:
 * the background checks everything a content script sends it (a page can reach the content
 * script's memory), while what reaches a content script through `runtime.onMessage` can only come
 * from Soi itself, so the content script every page pays for does not carry the validator.
 */
import { browser } from 'wxt/browser';
import type { Answer, BackgroundMessageType, ContentMessageType, ErrorAnswer, Message, Payload } from '../messaging';

function failure(error: unknown): ErrorAnswer {
  return { ok: false, error: error instanceof Error ? error.message : String(error), code: 'no-receiver' };
}

/** Asks the background; never throws. */
export async function send<T extends BackgroundMessageType>(type: T, payload: Payload<T>): Promise<Answer<T>> {
  const message = { soi: 1, type, payload } as Message;
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Answer<T> | undefined;
    return answer ?? (failure(`no one answered ${type}`) as Answer<T>);
  } catch (error) {
    return failure(error) as Answer<T>;
  }
}

type Handlers<T extends ContentMessageType> = { [K in T]: (payload: Payload<K>) => Promise<Answer<K>> };

/** Answers the background's requests of the given types; a handler that throws answers `{ ok: false }`. */
export function handle<T extends ContentMessageType>(handlers: Handlers<T>): () => void {
  const listener = (raw: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = raw as Partial<Message> | null;
    if (message?.soi !== 1 || typeof message.type !== 'string' || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as T] as (payload: unknown) => Promise<unknown>;
    return handler(message.payload).catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error), code: 'failed' }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
