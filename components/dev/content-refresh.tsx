"use client";
// Development only (the layout mounts it when NODE_ENV is development): refreshes the page's
// server components when app/dev/content-events reports a saved lesson, exercise or quiz file.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function ContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource("/dev/content-events");
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}
