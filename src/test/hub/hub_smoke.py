"""Debian's JupyterHub (3.0) with DiffKernel, end to end, by hand (not part of mvn verify: it needs the
jupyterhub package and free ports 18000/18081). Run as the user who owns the kernelspec prefix:

    /usr/bin/python3 src/test/hub/hub_smoke.py target/diffkernel.jar

Installs the kernelspec from the jar into a fresh prefix (the class's one kernelspec), starts a hub
(dummy authenticator, one local single-user server per student, each with its own directory),
starts two students' servers through the hub's REST API, then through the hub's proxy starts each
student's kernel and runs cells over the kernel's websocket, as the browser does. Prints what it
saw and exits non-zero on any mismatch.
"""
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

from tornado import ioloop, websocket

HUB = "http://127.0.0.1:18000"
TOKEN = secrets.token_hex(16)


def api(method, path, body=None):
    req = urllib.request.Request(HUB + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "token " + TOKEN, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        data = r.read()
        return json.loads(data) if data else None


def wait(predicate, what, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:
            pass
        time.sleep(1)
    raise SystemExit("timed out waiting for " + what)


async def run_cells(user, kernel_id, cells):
    url = HUB.replace("http", "ws") + "/user/%s/api/kernels/%s/channels?token=%s" % (user, kernel_id, TOKEN)
    conn = await websocket.websocket_connect(url)
    results = []
    for code in cells:
        msg_id = uuid.uuid4().hex
        await conn.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": user, "session": "s", "version": "5.3",
                       "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
                        "stop_on_error": True}}))
        result = None
        while True:
            msg = json.loads(await conn.read_message())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "execute_result":
                result = msg["content"]["data"]["text/plain"]
            elif msg["msg_type"] == "error":
                result = "error: " + msg["content"]["ename"]
            elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        results.append(result)
    conn.close()
    return results


def main():
    jar = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="diffkernel-hub-")
    prefix = os.path.join(tmp, "course")
    subprocess.run(["java", "-jar", jar, "install", "--prefix", prefix], check=True)
    config = os.path.join(tmp, "jupyterhub_config.py")
    with open(config, "w") as f:
        f.write("""
c.JupyterHub.ip = '127.0.0.1'
c.JupyterHub.port = 18000
c.JupyterHub.hub_port = 18081
c.JupyterHub.db_url = 'sqlite:///%(tmp)s/jupyterhub.sqlite'
c.JupyterHub.cookie_secret_file = '%(tmp)s/cookie_secret'
c.ConfigurableHTTPProxy.pid_file = '%(tmp)s/proxy.pid'
c.JupyterHub.authenticator_class = 'jupyterhub.auth.DummyAuthenticator'
c.JupyterHub.spawner_class = 'jupyterhub.spawner.SimpleLocalProcessSpawner'
c.SimpleLocalProcessSpawner.home_dir_template = '%(tmp)s/home/{username}'
c.Spawner.args = ['--allow-root']
c.Spawner.environment = {'JUPYTER_PATH': '%(prefix)s/share/jupyter'}
c.JupyterHub.services = [{'name': 'teacher', 'api_token': '%(token)s'}]
c.JupyterHub.load_roles = [{'name': 'teacher', 'services': ['teacher'],
    'scopes': ['admin:users', 'admin:servers', 'access:servers', 'users', 'servers']}]
""" % {"tmp": tmp, "prefix": prefix, "token": TOKEN})
    # Debian's configurable-http-proxy finds its modules through Debian's node; a node installed
    # elsewhere (as on the build machine) needs to be told where they are
    env = dict(os.environ, NODE_PATH="/usr/share/nodejs:/usr/lib/nodejs")
    hub = subprocess.Popen(["jupyterhub", "-f", config], cwd=tmp, env=env, stdout=open(os.path.join(tmp, "hub.log"), "w"),
                           stderr=subprocess.STDOUT)
    try:
        wait(lambda: api("GET", "/hub/api/") is not None, "the hub")
        for user in ("ana", "ben"):
            api("POST", "/hub/api/users/" + user)
            api("POST", "/hub/api/users/%s/server" % user)
            wait(lambda: api("GET", "/hub/api/users/" + user)["servers"][""]["ready"], user + "'s server")
        kernels = {user: api("POST", "/user/%s/api/kernels" % user, {"name": "diffkernel"})["id"] for user in ("ana", "ben")}
        loop = ioloop.IOLoop.current()
        ana = loop.run_sync(lambda: run_cells("ana", kernels["ana"], [
            "int secret = 41; secret + 1", 'fn("x^2").diff().at(3)', 'Path.of("").toAbsolutePath().toString()']))
        ben = loop.run_sync(lambda: run_cells("ben", kernels["ben"], ["secret", 'Path.of("").toAbsolutePath().toString()']))
        print("ana:", ana)
        print("ben:", ben)
        expected_ana = ["42", "6.0", json.dumps(os.path.join(tmp, "home", "ana"))]
        expected_ben = ["error: CompilationException", json.dumps(os.path.join(tmp, "home", "ben"))]
        if ana != expected_ana or ben != expected_ben:
            raise SystemExit("unexpected: ana %r (expected %r), ben %r (expected %r)" % (ana, expected_ana, ben, expected_ben))
        print("OK: two students' kernels through Debian's JupyterHub, one read-only kernelspec")
    finally:
        for user in ("ana", "ben"):
            try:
                api("DELETE", "/hub/api/users/%s/server" % user)
            except Exception:
                pass
        hub.terminate()
        hub.wait(30)
        if sys.exc_info()[0] is not None:
            with open(os.path.join(tmp, "hub.log")) as log:
                print("hub.log (last lines):\n" + "".join(log.readlines()[-25:]))
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
