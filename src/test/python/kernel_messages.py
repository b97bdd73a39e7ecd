"""Matching a kernel's messages to the request that caused them, shared by the end-to-end suites.

A reply is found by its parent's msg_id, never by order: replies to earlier requests (even ones
jupyter_client sent itself, like wait_for_ready's kernel_info) are skipped, not taken for this one.
"""
import time


def reply_to(kc, msg_id, timeout):
    """The shell reply to msg_id, waiting at most timeout seconds in all."""
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def outputs_of(kc, msg_id, timeout, stray=None):
    """IOPub messages whose parent is msg_id, up to its idle status, without status and
    execute_input; messages of other requests go to the list stray, when given."""
    outputs = []
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            if stray is not None:
                stray.append(msg)
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return outputs
        if msg["msg_type"] not in ("status", "execute_input"):
            outputs.append(msg)
