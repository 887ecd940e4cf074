import { browser } from 'wxt/browser';
import type { Message, MessageResponse, MessageType } from '@/core/contract';

/** Sends one message of the contract in core/contract/messages.ts to the background and returns its typed answer. */
export function sendMessage<T extends MessageType>(message: Message<T>): Promise<MessageResponse<T>> {
  return browser.runtime.sendMessage(message) as Promise<MessageResponse<T>>;
}
