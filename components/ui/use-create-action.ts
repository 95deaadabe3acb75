"use client";
/**
 * `useAction` for every form that creates a record: each render of the form
 * gets an idempotency key that goes with every submission, so a double click
 * or a retry creates one record (see lib/actions/idempotency.ts); after a
 * success the form gets a new key, ready for the next record.
 */
import { useCallback, useRef } from "react";
import { useAction } from "next-safe-action/hooks";
import { newIdempotencyKey, withIdempotencyKey } from "@/lib/actions/idempotency-key";

export const useCreateAction: typeof useAction = (action, opts) => {
  const key = useRef<string | null>(null);
  key.current ??= newIdempotencyKey();
  const keyed = useCallback(((input) => action(withIdempotencyKey(input, key.current!))) as typeof action, [action]);
  const onSuccess = opts?.onSuccess;
  return useAction(keyed, {
    ...opts,
    onSuccess: (args) => {
      key.current = newIdempotencyKey();
      return onSuccess?.(args);
    },
  });
};
